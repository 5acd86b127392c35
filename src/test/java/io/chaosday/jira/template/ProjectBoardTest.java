package io.chaosday.jira.template;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.sharing.SharePermission;
import com.atlassian.jira.sharing.type.ProjectShareType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.page.PropertiesI18n;
import io.chaosday.jira.tracker.EntityPropertiesInMemory;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** The project's board over Jira's filters and Jira Software's boards kept in memory. */
public class ProjectBoardTest {

    private final BoardsInJira jira = new BoardsInJira();
    private final SearchService search = mock(SearchService.class);
    private final Query everyIssue = mock(Query.class);
    private final EntityPropertiesInMemory properties = new EntityPropertiesInMemory();
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final PropertiesI18n words = new PropertiesI18n();
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private ProjectBoard board;

    @Before
    public void aNewProjectInAJiraWithJiraSoftware() {
        when(project.getKey()).thenReturn("CHAOS");
        when(project.getId()).thenReturn(10L);
        when(project.getName()).thenReturn("Payments Chaos Day");
        when(search.parseQuery(alice, "project = \"CHAOS\" ORDER BY Rank ASC")).thenReturn(new SearchService.ParseResult(everyIssue));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> words.getText(call.getArgument(0),
                Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length, Serializable[].class)));
        board = new ProjectBoard(jira, search, properties, jira, i18n);
    }

    @Test
    public void aBoardIsMadeOverAFilterOfEveryIssueOfTheProjectSharedWithTheProject() {
        ProjectBoard.Outcome outcome = board.make(alice, project);

        assertEquals(1, jira.filters.size());
        SearchRequest filter = jira.filters.values().iterator().next();
        assertEquals(everyIssue, filter.getQuery());
        assertEquals(alice, filter.getOwner());
        assertEquals("CHAOS: every issue, for its board", filter.getName());
        SharePermission share = filter.getPermissions().getPermissionSet().iterator().next();
        assertEquals(ProjectShareType.TYPE, share.getType());
        assertEquals("10", share.getParam1());
        assertEquals(1, filter.getPermissions().getPermissionSet().size());
        assertEquals(List.of(new BoardsInJira.Board(jira.boards.get(0).id(), "Payments Chaos Day board", filter.getId(), alice)), jira.boards);
        assertEquals(new ProjectBoard.Outcome.Made(jira.boards.get(0).id(), filter.getId()), outcome);
    }

    @Test
    public void makingItAgainMakesNoSecondBoardNorFilter() {
        ProjectBoard.Outcome first = board.make(alice, project);

        ProjectBoard.Outcome second = board.make(alice, project);

        assertEquals(1, jira.boards.size());
        assertEquals(1, jira.filters.size());
        assertEquals(new ProjectBoard.Outcome.AlreadyMade(((ProjectBoard.Outcome.Made) first).boardId()), second);
    }

    @Test
    public void withoutJiraSoftwareNothingIsMade() {
        jira.jiraSoftware = false;

        assertEquals(new ProjectBoard.Outcome.NoJiraSoftware(), board.make(alice, project));

        assertTrue(jira.filters.isEmpty());
        assertTrue(jira.boards.isEmpty());
        assertEquals(null, properties.get("ProjectProperty", 10L, ProjectBoard.KEY));
    }

    @Test
    public void aBoardRefusedIsMadeNextTimeOverTheFilterAlreadyMade() {
        jira.refuseBoard = List.of("You do not have permission to create a board");

        ProjectBoard.Outcome refused = board.make(alice, project);
        jira.refuseBoard = List.of();
        ProjectBoard.Outcome made = board.make(alice, project);

        assertEquals(new ProjectBoard.Outcome.Refused("You do not have permission to create a board"), refused);
        assertEquals(1, jira.filters.size());
        assertEquals(1, jira.boards.size());
        assertEquals(jira.filters.keySet().iterator().next().longValue(), ((ProjectBoard.Outcome.Made) made).filterId());
    }

    @Test
    public void aFilterDeletedSinceIsMadeAgain() {
        jira.refuseBoard = List.of("refused");
        board.make(alice, project);
        jira.filters.clear();
        jira.refuseBoard = List.of();

        ProjectBoard.Outcome made = board.make(alice, project);

        assertEquals(1, jira.filters.size());
        assertEquals(jira.filters.keySet().iterator().next().longValue(), ((ProjectBoard.Outcome.Made) made).filterId());
    }

    @Test
    public void aFilterJiraRefusesIsSaidInJirasWordsAndNoBoardIsAskedFor() {
        jira.refuseFilter = "A filter with this name already exists";

        assertEquals(new ProjectBoard.Outcome.Refused("A filter with this name already exists"), board.make(alice, project));

        assertTrue(jira.boards.isEmpty());
        verify(search).parseQuery(eq(alice), anyString());
    }
}
