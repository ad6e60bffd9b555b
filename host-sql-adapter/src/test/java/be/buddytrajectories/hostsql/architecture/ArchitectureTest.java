package be.buddytrajectories.hostsql.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter is a host-api implementation: it knows host-api and JDBC, never a host or the plugin. */
class ArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.buddytrajectories.hostsql");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("be.buddytrajectories.(**)").should().beFreeOfCycles().check(ADAPTER);
    }

    @Test
    void theAdapterKnowsOnlyHostApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("be.buddytrajectories.host..",
                "be.buddytrajectories.core..", "be.buddytrajectories.ui..", "be.buddytrajectories.search..")
                .check(ADAPTER);
    }
}
