package io.chaosday.rest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The REST adapters sit on the outside: the engine and its ports never reach into them. */
public class RestLayeringTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.chaosday");

    @Test
    public void theEngineAndItsPortsNeverDependOnTheRestAdapters() {
        noClasses().that().resideInAnyPackage("io.chaosday.plan..", "io.chaosday.tracker..", "io.chaosday.workflow..",
                        "io.chaosday.review..")
                .should().dependOnClassesThat().resideInAPackage("io.chaosday.rest..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    public void theRestAdaptersNeverDependOnTheOtherHosts() {
        noClasses().that().resideInAPackage("io.chaosday.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.cli..", "io.chaosday.jira..",
                        "io.chaosday.export..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
