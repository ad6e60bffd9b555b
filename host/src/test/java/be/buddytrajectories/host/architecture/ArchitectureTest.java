package be.buddytrajectories.host.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The host's layering: packages without cycles, and plugins reached only through host-api. */
class ArchitectureTest {

    private static final String HOST = "be.buddytrajectories.host";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(HOST);

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        // Each package a slice, the root package (Main, HostConfig, HostBeans) included.
        slices().matching("be.buddytrajectories.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theHostKnowsPluginsOnlyThroughHostApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("be.buddytrajectories.core..",
                "be.buddytrajectories.ui..", "be.buddytrajectories.search..", "be.buddytrajectories.plugin..")
                .check(CLASSES);
    }
}
