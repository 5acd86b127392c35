package io.chaosday.jira.template;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's saved filters and Jira Software's boards, kept in memory: what was made, by whom, over
 * what; Jira Software can be taken away, and Jira can be made to refuse a filter or a board.
 */
final class BoardsInJira implements SearchRequestService, AgileBoards {

    /** A board as Jira Software would keep it. */
    record Board(long id, String name, long filterId, ApplicationUser owner) {
    }

    final Map<Long, SearchRequest> filters = new LinkedHashMap<>();
    final List<Board> boards = new ArrayList<>();
    boolean jiraSoftware = true;
    List<String> refuseBoard = List.of();
    String refuseFilter;
    /** Run as each board is made: what a test wants to see of the world at that moment. */
    Runnable onBoard = () -> { };
    private long nextId = 10_100;

    @Override
    public SearchRequest createFilter(JiraServiceContext context, SearchRequest request) {
        if (refuseFilter != null) {
            ((SimpleErrorCollection) context.getErrorCollection()).addError("filterName", refuseFilter);
            return null;
        }
        request.setId(nextId++);
        filters.put(request.getId(), request);
        return request;
    }

    @Override
    public SearchRequest getFilter(JiraServiceContext context, Long filterId) {
        return filters.get(filterId);
    }

    @Override
    public Optional<Maker> maker() {
        if (!jiraSoftware) {
            return Optional.empty();
        }
        return Optional.of((owner, name, filterId) -> {
            if (!refuseBoard.isEmpty()) {
                throw new Refused(refuseBoard);
            }
            if (!filters.containsKey(filterId)) {
                throw new Refused(List.of("no filter " + filterId));
            }
            onBoard.run();
            Board board = new Board(nextId++, name, filterId, owner);
            boards.add(board);
            return board.id();
        });
    }
}
