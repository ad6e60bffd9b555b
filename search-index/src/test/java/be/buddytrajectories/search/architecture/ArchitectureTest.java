package be.buddytrajectories.search.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import be.buddytrajectories.hostapi.Gender;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The search index stands alone: Lucene and plain Java, no database, no screens, no host but its Gender word. */
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
                "com.vaadin..").check(SEARCH);
    }

    @Test
    void theIndexTakesOnlyTheGenderTypeFromTheHostContract() {
        noClasses().should().dependOnClassesThat(resideInAPackage("be.buddytrajectories.hostapi..")
                .and(not(equivalentTo(Gender.class)))).check(SEARCH);
    }
}
