package be.buddytrajectories.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Core's layering, as rules that fail the build rather than as habits. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.buddytrajectories.core");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("be.buddytrajectories.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void onlyMatchingTouchesLucene() {
        noClasses().that().resideOutsideOfPackage("be.buddytrajectories.core.matching..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(CORE);
    }

    @Test
    void theCoreNeverDependsOnAHostOrOnTheScreens() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("be.buddytrajectories.host..",
                "be.buddytrajectories.ui..", "com.vaadin..").check(CORE);
    }

    @Test
    void everyEntityIsInThePersistenceUnitsList() throws IOException {
        String listed;
        try (InputStream in = getClass().getResourceAsStream(
                "/be/buddytrajectories/core/persistence/entities.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(CORE.stream().filter(c -> c.isAnnotatedWith(Entity.class)).map(JavaClass::getName))
                .isNotEmpty().allSatisfy(name -> assertThat(Arrays.asList(listed.split("\\R"))).contains(name));
    }
}
