package io.chaosday.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Keeps the layering of DESIGN.md: cli, jira, rest, export → workflow → tracker → review, plan;
 * beneath the review its pages (pages, site, template, storage, link), beneath the plan its file reader.
 * The engine never reaches for HTTP, Atlassian, servlet or command-line code.
 */
public class LayeringTest {

    private static final String[] ENGINE = {"io.chaosday.plan..", "io.chaosday.planfile..", "io.chaosday.review..",
        "io.chaosday.pages..", "io.chaosday.site..", "io.chaosday.template..", "io.chaosday.storage..", "io.chaosday.link..",
        "io.chaosday.tracker..", "io.chaosday.workflow.."};
    /** Below the tracker port and the use cases: the plan and the review, and what they are read from or shown as. */
    private static final String[] MODEL = {"io.chaosday.plan..", "io.chaosday.planfile..", "io.chaosday.review..",
        "io.chaosday.pages..", "io.chaosday.site..", "io.chaosday.template..", "io.chaosday.storage..", "io.chaosday.link.."};
    private static final String[] OUTSIDE = {
        "io.chaosday.http..", "io.chaosday.rest..", "io.chaosday.jira..", "io.chaosday.cli..", "io.chaosday.export..",
        "com.atlassian..", "javax.servlet..", "jakarta.servlet..", "java.net.http..", "picocli.."
    };

    private static JavaClasses classes;

    @BeforeClass
    public static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.chaosday");
    }

    @Test
    public void engineImportsNoHostCode() {
        check(noClasses().that().resideInAnyPackage(ENGINE).should().dependOnClassesThat().resideInAnyPackage(OUTSIDE));
    }

    @Test
    public void planAndReviewKnowNothingOfTrackersOrUseCases() {
        check(noClasses().that().resideInAnyPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.tracker..", "io.chaosday.workflow.."));
    }

    /** The plan is pure: reading YAML is the plan file reader's job. */
    @Test
    public void thePlanReadsNoYaml() {
        check(noClasses().that().resideInAPackage("io.chaosday.plan")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "io.chaosday.planfile.."));
    }

    @Test
    public void trackerPortKnowsNothingOfUseCases() {
        check(noClasses().that().resideInAPackage("io.chaosday.tracker..")
                .should().dependOnClassesThat().resideInAPackage("io.chaosday.workflow.."));
    }

    @Test
    public void adaptersDoNotCallEachOther() {
        check(noClasses().that().resideInAnyPackage("io.chaosday.http..", "io.chaosday.rest..", "io.chaosday.export..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.cli..", "io.chaosday.jira.."));
    }

    @Test
    public void theCommandLineAndThePluginNeverImportEachOther() {
        check(noClasses().that().resideInAPackage("io.chaosday.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.chaosday.jira.."));
        check(noClasses().that().resideInAPackage("io.chaosday.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.chaosday.cli.."));
    }

    /** The plugin's tracker talks to Jira in-process; HTTP and the command line's REST adapter are none of its business. */
    @Test
    public void thePluginsTrackerNeverImportsTheRestAdapter() {
        check(noClasses().that().resideInAPackage("io.chaosday.jira.tracker..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.rest..", "io.chaosday.http.."));
    }

    /** Only the plugin's Confluence link borrows from the command line's adapters: the HTTP transport port and the Confluence client. */
    @Test
    public void thePluginBorrowsFromTheRestAdapterOnlyForConfluence() {
        check(noClasses().that().resideInAPackage("io.chaosday.jira..").and().resideOutsideOfPackage("io.chaosday.jira.link..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.rest..", "io.chaosday.http.."));
        check(noClasses().that().resideInAPackage("io.chaosday.jira.link..")
                .should().dependOnClassesThat().resideInAPackage("io.chaosday.rest")
                .because("the plugin takes Confluence's client (rest.confluence) and the transport port (http), never the Jira REST adapter"));
    }

    /** HTTP is the core under both REST adapters and knows neither product's API. */
    @Test
    public void theHttpCoreKnowsNoProduct() {
        check(noClasses().that().resideInAPackage("io.chaosday.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.rest..", "io.chaosday.workflow..",
                        "io.chaosday.tracker.."));
    }

    @Test
    public void topLevelPackagesFormNoCycle() {
        check(slices().matching("io.chaosday.(*)..").should().beFreeOfCycles());
    }

    /**
     * No package and its neighbours import each other, at any depth (jira.link and jira.page did,
     * through the templates' escaping helper, now io.chaosday.jira.PageText; workflow and
     * workflow.day did, through the run logs that reviews read, now workflow.runlog).
     */
    @Test
    public void noPackageCycleAnywhere() {
        check(slices().matching("io.chaosday.(**)").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
