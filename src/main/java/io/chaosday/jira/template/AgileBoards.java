package io.chaosday.jira.template;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Optional;

/**
 * Jira Software's boards, when Jira Software is there: {@link JiraSoftwareBoards} in Jira, a fake in tests.
 */
public interface AgileBoards {

    /** The board maker; empty when Jira Software is not installed or not enabled. */
    Optional<Maker> maker();

    interface Maker {
        /**
         * Makes a board over a saved filter, as its owner.
         *
         * @return the board's id
         * @throws Refused with Jira Software's own messages
         */
        long create(ApplicationUser owner, String name, long filterId);
    }

    /** Jira Software would not make the board; its messages say why. */
    final class Refused extends RuntimeException {
        public Refused(List<String> messages) {
            super(String.join("; ", messages), null, false, false);
        }
    }
}
