package io.chaosday.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.day.GoNoGo;
import io.chaosday.workflow.day.Readiness;
import io.chaosday.workflow.day.ReadinessProblem;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chaosday ready}: the go / no-go checklist before the Chaos Day. */
@Command(name = "ready", mixinStandardHelpOptions = true,
        description = {"Check that a Chaos Day is ready to run: go or no-go.", "",
            "Checks that every team has an experiment; that every experiment card says what fails, where and how, "
                + "the expected impact and response, the rollback, isolation and environment, and has an owner Jira "
                + "knows; that the Plan phase's tickets are done; that the Agents of Chaos are named; and that nothing "
                + "the day depends on is overdue. Each failed check says what to do.", "",
            "Exit status: 0 go, 3 no-go; 2 for an unknown project or Chaos Day."},
        footer = {"", "Examples:",
            "  chaosday ready --jira https://jira.example.com --project CHAOS",
            "  chaosday ready --format json"})
public final class ReadyCommand extends ChaosDayCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        String key = jira.projectKey();
        IssueTracker tracker = jira.connect(context.root());
        Readiness readiness = GoNoGo.check(ChaosDayFinder.withCards(tracker).findByName(key, which.name()),
                context.today());
        PrintWriter out = context.out();
        out.print(format == ReportFormat.JSON ? json(readiness) : table(readiness));
        out.flush();
        return readiness.go() ? ExitCodes.OK : ExitCodes.NOT_READY;
    }

    static String table(Readiness readiness) {
        StringBuilder out = new StringBuilder();
        for (Readiness.Check check : readiness.checks()) {
            out.append(check.passed() ? "ok    " : "FAIL  ").append(ReadinessWords.title(check.topic())).append('\n');
            for (ReadinessProblem problem : check.problems()) {
                out.append("      - ").append(ReadinessWords.problem(problem)).append('\n');
            }
            if (!check.passed()) {
                out.append("      to do: ").append(ReadinessWords.fix(check.topic())).append('\n');
            }
        }
        long failed = readiness.checks().stream().filter(c -> !c.passed()).count();
        out.append(readiness.go() ? "GO: " + readiness.chaosDayName() + " is ready"
                : "NO-GO: " + failed + " of " + readiness.checks().size() + " checks failed for " + readiness.chaosDayName())
                .append('\n');
        return TerminalText.safe(out.toString());
    }

    static String json(Readiness readiness) throws Exception {
        ObjectNode root = MAPPER.createObjectNode().put("name", readiness.chaosDayName()).put("go", readiness.go());
        ArrayNode checks = root.putArray("checks");
        for (Readiness.Check check : readiness.checks()) {
            ObjectNode c = checks.addObject().put("check", check.topic().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .put("title", ReadinessWords.title(check.topic())).put("passed", check.passed());
            ArrayNode problems = c.putArray("problems");
            check.problems().forEach(p -> problems.add(ReadinessWords.problem(p)));
            if (!check.passed()) {
                c.put("toDo", ReadinessWords.fix(check.topic()));
            } else {
                c.putNull("toDo");
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }
}
