package io.chaosday.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

/**
 * The review and the pieces its pages are made of (storage format, addresses, the Jira site, the
 * templates, the pages) sit at the bottom of the layers and do no I/O of their own.
 */
public class ReviewArchitectureTest {

    private static final JavaClasses REVIEW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chaosday.review", "io.chaosday.storage", "io.chaosday.link", "io.chaosday.site",
                    "io.chaosday.template", "io.chaosday.pages");

    @Test
    public void reviewDependsOnNoOuterLayerAndNoHost() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "io.chaosday.tracker..", "io.chaosday.workflow..", "io.chaosday.rest..", "io.chaosday.cli..",
                "io.chaosday.export..", "io.chaosday.jira..", "com.atlassian..", "javax.servlet..")
                .check(REVIEW);
    }

    @Test
    public void reviewTouchesNeitherFilesNorTheNetwork() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .check(REVIEW);
    }

    @Test
    public void theModelKnowsNothingOfVelocity() {
        noClasses().that().resideInAnyPackage("io.chaosday.review", "io.chaosday.storage", "io.chaosday.link",
                "io.chaosday.site", "io.chaosday.pages.preview")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.velocity..")
                .check(REVIEW);
    }

    /** The review is the model its pages show; it knows neither the pages nor where they link to. */
    @Test
    public void theReviewKnowsNothingOfItsPages() {
        noClasses().that().resideInAPackage("io.chaosday.review..")
                .should().dependOnClassesThat().resideInAnyPackage("io.chaosday.pages..", "io.chaosday.site..",
                        "io.chaosday.template..")
                .check(REVIEW);
    }
}
