package be.buddytrajectories.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The screens' layering: views call services, never the database, the index or a host's own classes. */
class ArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.buddytrajectories.ui");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("be.buddytrajectories.ui.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void viewsNeverTouchPersistenceOrTheOutbox() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                "be.buddytrajectories.core.persistence..", "be.buddytrajectories.core.outbox..").check(UI);
    }

    @Test
    void viewsNeverTouchLuceneOrAHost() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..",
                "be.buddytrajectories.host..").check(UI);
    }
}
