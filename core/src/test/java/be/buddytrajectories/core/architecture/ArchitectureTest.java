package be.buddytrajectories.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.persistence.IndexedChanges;
import be.buddytrajectories.core.persistence.IndexedVolunteers;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
    void everyIndexedEntityHasTheListenerThatTellsTheIndex() {
        classes().that().implement(IndexedVolunteers.class).should(haveTheIndexListener()).check(CORE);
    }

    private static ArchCondition<JavaClass> haveTheIndexListener() {
        return new ArchCondition<>("be annotated @EntityListeners(IndexedChanges.class)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean listened = item.isAnnotatedWith(EntityListeners.class) && Arrays.asList(
                        item.reflect().getAnnotation(EntityListeners.class).value()).contains(IndexedChanges.class);
                if (!listened) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " implements IndexedVolunteers"
                            + " without @EntityListeners(IndexedChanges.class): its changes would not reach the index"));
                }
            }
        };
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
