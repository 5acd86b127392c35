package io.chaosday.jira.template;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.sharing.SharePermissionImpl;
import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.sharing.type.ProjectShareType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.jira.tracker.ProjectMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's board, as Jira Software's own project templates give every software project one:
 * a saved filter over all the project's issues (epics included), shared with the project, and a
 * Jira Software board over it. Made once: the filter's and the board's ids are kept in a project
 * property, so running again never makes a second board (nor a second filter when only the board
 * was missing). Without Jira Software there is no board, and the template goes on without one.
 * Jira Software's public Java API takes no board type, so the board is Jira Software's default
 * one (docs/plugin.md, "The project's board").
 */
public final class ProjectBoard {

    /** The project property keeping what was made. */
    static final String KEY = "io.chaosday.board";

    private final SearchRequestService filters;
    private final SearchService search;
    private final JsonEntityPropertyManager properties;
    private final AgileBoards boards;
    private final I18nResolver i18n;
    private final ObjectMapper json = new ObjectMapper();

    public ProjectBoard(SearchRequestService filters, SearchService search, JsonEntityPropertyManager properties, AgileBoards boards,
            I18nResolver i18n) {
        this.filters = filters;
        this.search = search;
        this.properties = properties;
        this.boards = boards;
        this.i18n = i18n;
    }

    /** What making the board came to. */
    public sealed interface Outcome {
        /** A board (and, when none was kept, a filter) made now. */
        record Made(long boardId, long filterId) implements Outcome {
        }

        /** The project had its board already: nothing made. */
        record AlreadyMade(long boardId) implements Outcome {
        }

        /** Jira Software is not there: nothing made. */
        record NoJiraSoftware() implements Outcome {
        }

        /** Jira refused the filter or the board; {@code why} in Jira's words. */
        record Refused(String why) implements Outcome {
        }
    }

    public Outcome make(ApplicationUser owner, Project project) {
        Kept kept = read(project.getId());
        if (kept.boardId().isPresent()) {
            return new Outcome.AlreadyMade(kept.boardId().get());
        }
        Optional<AgileBoards.Maker> maker = boards.maker();
        if (maker.isEmpty()) {
            return new Outcome.NoJiraSoftware();
        }
        try {
            Optional<Long> keptFilter = kept.filterId().filter(id -> filters.getFilter(new JiraServiceContextImpl(owner), id) != null);
            long filterId = keptFilter.isPresent() ? keptFilter.get() : filter(owner, project);
            // Kept before the board is asked for: a board refused now reuses this filter next time.
            write(owner, project.getId(), new Kept(Optional.of(filterId), Optional.empty()));
            long boardId = maker.get().create(owner, i18n.getText("chaosday.board.name", project.getName()), filterId);
            write(owner, project.getId(), new Kept(Optional.of(filterId), Optional.of(boardId)));
            return new Outcome.Made(boardId, filterId);
        } catch (AgileBoards.Refused refused) {
            return new Outcome.Refused(refused.getMessage());
        }
    }

    /** A filter over every issue of the project in Jira Software's rank order, shared with whoever may browse the project. */
    private long filter(ApplicationUser owner, Project project) {
        SearchService.ParseResult jql = search.parseQuery(owner, "project = \"" + project.getKey() + "\" ORDER BY Rank ASC");
        if (!jql.isValid()) {
            throw new AgileBoards.Refused(List.of("the board's query was not accepted"));
        }
        SearchRequest request = new SearchRequest(jql.getQuery(), owner, i18n.getText("chaosday.board.filter.name", project.getKey()),
                i18n.getText("chaosday.board.filter.description", project.getName()));
        request.setPermissions(new SharedEntity.SharePermissions(
                Set.of(new SharePermissionImpl(ProjectShareType.TYPE, String.valueOf(project.getId()), null))));
        JiraServiceContext context = new JiraServiceContextImpl(owner);
        SearchRequest saved = filters.createFilter(context, request);
        if (context.getErrorCollection().hasAnyErrors() || saved == null || saved.getId() == null) {
            List<String> messages = new ArrayList<>(context.getErrorCollection().getErrorMessages());
            messages.addAll(context.getErrorCollection().getErrors().values());
            throw new AgileBoards.Refused(messages.isEmpty() ? List.of("the board's filter was not saved") : messages);
        }
        return saved.getId();
    }

    private record Kept(Optional<Long> filterId, Optional<Long> boardId) {
    }

    private Kept read(Long projectId) {
        EntityProperty property = properties.get(ProjectMark.PROJECT, projectId, KEY);
        if (property == null || property.getValue() == null) {
            return new Kept(Optional.empty(), Optional.empty());
        }
        try {
            JsonNode node = json.readTree(property.getValue());
            return new Kept(id(node.path("filterId")), id(node.path("boardId")));
        } catch (JsonProcessingException unreadable) {
            return new Kept(Optional.empty(), Optional.empty());
        }
    }

    private static Optional<Long> id(JsonNode node) {
        return node.canConvertToLong() ? Optional.of(node.asLong()) : Optional.empty();
    }

    private void write(ApplicationUser user, Long projectId, Kept kept) {
        ObjectNode node = json.createObjectNode();
        kept.filterId().ifPresent(id -> node.put("filterId", id));
        kept.boardId().ifPresent(id -> node.put("boardId", id));
        // No event: the property is ours, and nothing in Jira listens for it.
        properties.put(user, ProjectMark.PROJECT, projectId, KEY, node.toString(), (who, property) -> null, false);
    }
}
