package io.chaosday.jira.template;

import com.atlassian.greenhopper.api.rapid.view.RapidViewCreationService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Boards through Jira Software's public Java API, {@code RapidViewCreationService} (package
 * {@code com.atlassian.greenhopper.api.rapid.view}, src/host-api says where it is documented). Jira
 * Software is optional: its package is imported with resolution:=optional, and the service is looked
 * up when a board is wanted, as Atlassian's own importers plugin does, so the plugin enables and
 * works without it. Only the nested class names Jira Software's types, so this one loads either way.
 */
public final class JiraSoftwareBoards implements AgileBoards {

    @Override
    public Optional<Maker> maker() {
        try {
            return Present.find();
        } catch (LinkageError absent) {
            // The optional import is not wired: Jira Software is not installed, or was not when the plugin started.
            return Optional.empty();
        }
    }

    /** Names Jira Software's types: loaded only when Jira Software's package is wired. */
    private static final class Present implements Maker {

        private final RapidViewCreationService service;

        private Present(RapidViewCreationService service) {
            this.service = service;
        }

        static Optional<Maker> find() {
            RapidViewCreationService service = ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewCreationService.class);
            return service == null ? Optional.empty() : Optional.of(new Present(service));
        }

        @Override
        public long create(ApplicationUser owner, String name, long filterId) {
            SimpleErrorCollection errors = new SimpleErrorCollection();
            Long id = service.createNewRapidView(owner, name, filterId, errors);
            if (errors.hasAnyErrors() || id == null) {
                List<String> messages = new ArrayList<>(errors.getErrorMessages());
                messages.addAll(errors.getErrors().values());
                throw new Refused(messages.isEmpty() ? List.of("no board was made") : messages);
            }
            return id;
        }
    }
}
