package be.buddytrajectories.search.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The search index stands alone: Lucene and plain Java, no database, no screens, no host. */
class ArchitectureTest {

    private static final JavaClasses SEARCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.buddytrajectories.search");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("be.buddytrajectories.search.(*)..").should().beFreeOfCycles().check(SEARCH);
    }

    @Test
    void theIndexKnowsNoDatabaseNoScreensAndNoHost() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                "be.buddytrajectories.core..", "be.buddytrajectories.ui..", "be.buddytrajectories.host..",
                "be.buddytrajectories.hostapi..", "com.vaadin..").check(SEARCH);
    }
}
