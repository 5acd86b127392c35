package io.chaosday.cli;

import io.chaosday.plan.Dates;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.rest.WrongProduct;
import io.chaosday.tracker.WikiPage;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;

/**
 * The engine's failures in the command line's words: one line naming the problem and the option
 * or command that fixes it. The engine carries only the facts; the words live here, in one place.
 */
public final class FailureWords {

    private FailureWords() {
    }

    /** The line to print for a failure; for failures the engine does not type, their own message. */
    public static String message(Throwable failure) {
        if (failure instanceof InvalidPlanException e) {
            return of(e.problem());
        }
        if (failure instanceof WorkflowException e) {
            return of(e.failure());
        }
        if (failure instanceof WrongProduct e) {
            return of(e);
        }
        return failure.getMessage();
    }

    public static String of(PlanProblem problem) {
        if (problem instanceof PlanProblem.MissingName) {
            return "the Chaos Day needs a name; give one with --name";
        }
        if (problem instanceof PlanProblem.NoTeams) {
            return "a Chaos Day needs at least one team; use --teams N or --team NAME";
        }
        if (problem instanceof PlanProblem.TooManyTeams p) {
            return "at most " + p.max() + " teams take part in one Chaos Day, not " + p.given()
                    + "; split them into several Chaos Days";
        }
        if (problem instanceof PlanProblem.TeamCountOutOfRange p) {
            return "--teams must be between 1 and " + p.max() + ", not " + p.given();
        }
        if (problem instanceof PlanProblem.BlankTeamName) {
            return "a team name is empty; give every team a name";
        }
        if (problem instanceof PlanProblem.TeamNamedTwice p) {
            return "the team '" + p.team() + "' is named twice; give each team once";
        }
        if (problem instanceof PlanProblem.TooFewDays p) {
            return "--days must be 1 or more working days, not " + p.given();
        }
        if (problem instanceof PlanProblem.DaysOutOfRange p) {
            return "--days must be between 1 and " + p.max() + " working days, not " + p.given();
        }
        if (problem instanceof PlanProblem.NotAWorkingDay p) {
            return "the Chaos Day " + Dates.withWeekday(p.date())
                    + " is not a working day; the next working day is " + Dates.withWeekday(p.nextWorkingDay());
        }
        if (problem instanceof PlanProblem.NoWorkingDays) {
            return "the weekend covers all seven days, so no day is a working day; give at most six weekend days";
        }
        if (problem instanceof PlanProblem.InFile p) {
            return p.where() + ": " + p.detail();
        }
        if (problem instanceof PlanProblem.MissingDate) {
            return "the Chaos Day's date is missing; give it as --chaos-day YYYY-MM-DD";
        }
        if (problem instanceof PlanProblem.UnwritableDate p) {
            return "this plan runs outside the years 1 to " + p.lastYear() + " (" + p.ticket() + " would be due " + p.due()
                    + "), which Jira's due dates and calendar files cannot hold; choose another --chaos-day";
        }
        if (problem instanceof PlanProblem.StartsInThePast p) {
            return "this plan starts in the past: " + p.count() + " of its tickets would be overdue today ("
                    + String.join(", ", p.first())
                    + (p.count() > p.first().size() ? ", ..." : "")
                    + "); choose a later --chaos-day, or pass --allow-past to keep it";
        }
        throw new IllegalArgumentException("no words for " + problem);
    }

    public static String of(WorkflowFailure failure) {
        if (failure instanceof WorkflowFailure.ProjectNotFound f) {
            return "project " + f.projectKey()
                    + " does not exist; give --project-name to create it, or check the key";
        }
        if (failure instanceof WorkflowFailure.NoChaosDay f) {
            return "project " + f.projectKey()
                    + " has no Chaos Day yet; create one with 'chaosday create'";
        }
        if (failure instanceof WorkflowFailure.NoSuchProject f) {
            return "project " + f.projectKey() + " does not exist, or you cannot see it; check --project (or JIRA_PROJECT)";
        }
        if (failure instanceof WorkflowFailure.UnknownChaosDay f) {
            return "project " + f.projectKey() + " has no Chaos Day named '" + f.name() + "'; "
                    + (f.chaosDays().isEmpty() ? "it has none yet; create one with 'chaosday create'"
                    : "its Chaos Days: " + String.join(", ", f.chaosDays()) + " (choose one with --name)");
        }
        if (failure instanceof WorkflowFailure.UnknownTeam f) {
            return "the team '" + f.team() + "' does not take part in this Chaos Day; its teams: "
                    + String.join(", ", f.teams()) + " (or leave --team out)";
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementProject f) {
            return "team " + f.team() + "'s improvement tickets are to go to project " + f.projectKey() + ", which does not "
                    + "exist or you cannot see; fix 'project:' under 'improvements: " + f.team() + ":' in the config file";
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementType f) {
            return "team " + f.team() + "'s improvement tickets are to be of type '" + f.type() + "', which project "
                    + f.projectKey() + " does not offer (it offers " + String.join(", ", f.types()) + "); fix 'type:' under "
                    + "'improvements: " + f.team() + ":' in the config file";
        }
        if (failure instanceof WorkflowFailure.NoSuchImprovementEpic f) {
            return "team " + f.team() + "'s improvement tickets are to go under epic " + f.epicKey() + ", which Jira does "
                    + "not have or you cannot see; fix 'epic:' under 'improvements: " + f.team() + ":' in the config file";
        }
        if (failure instanceof WorkflowFailure.NoSuchSecurityLevel f) {
            return f.levels().isEmpty()
                    ? "project " + f.projectKey() + " has no issue security levels, so '" + f.level() + "' cannot be set; "
                        + "ask a Jira administrator to give the project an issue security scheme, or leave --security-level out"
                    : "project " + f.projectKey() + " has no issue security level '" + f.level() + "'; its levels: "
                        + String.join(", ", f.levels());
        }
        if (failure instanceof WorkflowFailure.SeveralChaosDays f) {
            return "project " + f.projectKey() + " has " + f.chaosDays().size()
                    + " Chaos Days (" + String.join(", ", f.chaosDays()) + "); choose one with --name or CHAOSDAY_NAME";
        }
        if (failure instanceof WorkflowFailure.NoExecuteEpic f) {
            return "project " + f.projectKey()
                    + " has no Execute epic for this Chaos Day; run 'chaosday create' first";
        }
        if (failure instanceof WorkflowFailure.NoReviewTickets f) {
            return "project " + f.projectKey()
                    + " has no review tickets for this Chaos Day; run 'chaosday create' first";
        }
        if (failure instanceof WorkflowFailure.NoSuchExperiment f) {
            return "no experiment '" + f.which()
                    + "' in this Chaos Day; give its issue key or title as 'chaosday experiments list' shows them";
        }
        if (failure instanceof WorkflowFailure.PageTitleTaken f) {
            return "a page titled '" + f.title() + "' already exists in space " + f.spaceKey()
                    + " (" + f.existing() + ") and was not published from this Chaos Day; rename or move that page, "
                    + "or publish into another space with --space (a page left by an interrupted publish can be deleted)";
        }
        if (failure instanceof WorkflowFailure.TooLongForJira f) {
            String item = f.item().length() > 60 ? f.item().substring(0, 57) + "..." : f.item();
            String why = f.field().equals("label") ? " (a label spells out each character that is not a letter or digit)" : "";
            return "the " + f.field() + " of the issue for '" + item + "' would be " + f.length() + " characters, more than the "
                    + f.max() + " Jira allows" + why + "; shorten the team name, the Chaos Day's name or the title";
        }
        if (failure instanceof WorkflowFailure.CannotAddPages f) {
            return "you may not add pages in Confluence space " + f.spaceKey()
                    + f.parentId().map(id -> " under page " + id).orElse("")
                    + "; nothing was created in Jira or Confluence. Ask a space admin of " + f.spaceKey()
                    + " for the \"Add pages\" permission (Space settings > Permissions)"
                    + f.parentId().map(id -> " and that page " + id + " has no edit restriction").orElse("")
                    + ", or publish into another space with --space";
        }
        if (failure instanceof WorkflowFailure.NotStarted f) {
            return f.experiment() + " has not started; start it first with 'chaosday experiments start " + f.experiment() + "'";
        }
        if (failure instanceof WorkflowFailure.EnvironmentInUse f) {
            return f.experiment() + " cannot start: " + String.join(", ", f.running()) + " is running in environment '"
                    + f.environment() + "' and one of them needs it to itself; stop it first, or give --force to run both";
        }
        if (failure instanceof WorkflowFailure.LogTimeInTheFuture f) {
            return "--at " + f.at() + " is later than now (" + f.now() + " in the Chaos Day's time zone); give the time it happened";
        }
        if (failure instanceof WorkflowFailure.LogTimeBeforeStart f) {
            return "--at " + f.at() + " is before " + f.experiment() + " started (" + f.started()
                    + "); give a later time, or log the start again with an earlier --at";
        }
        if (failure instanceof WorkflowFailure.UnreadableDescription f) {
            return "a review description is not the Atlassian Document Format Jira Cloud sends (" + f.problem() + ")";
        }
        throw new IllegalArgumentException("no words for " + failure);
    }

    /** An address that answered as the other product, with the option that takes it. */
    public static String of(WrongProduct wrong) {
        boolean jira = wrong.expected() == WrongProduct.Product.JIRA;
        return wrong.site() + " is " + wrong.answeredAs() + ", not " + wrong.expected() + "; give " + wrong.expected()
                + "'s address with " + (jira ? "--jira (or JIRA_URL)" : "--confluence (or CONFLUENCE_URL)")
                + (jira ? ", and this one with --confluence" : ", and this one with --jira");
    }

    /** A page left alone because a person edited it since the last publish. */
    public static String editedPage(WikiPage page) {
        return "page '" + page.title() + "' (" + page.link() + ") was edited in Confluence"
                + page.lastEditor().map(e -> " by " + e).orElse("")
                + " after it was last published; left as it is (use --force to overwrite those edits)";
    }
}
