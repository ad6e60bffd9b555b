package be.buddytrajectories.hostapi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PeopleDirectory} does, as plugins rely on it. A host's test extends this class, opens a
 * directory over an empty store in {@link #open()} and cleans up in {@link #close()}; run it on each database the
 * host supports (for example one nested class per {@link TestDatabases.Kind}).
 */
public abstract class PeopleDirectoryContract {

    protected PeopleDirectory directory;

    /** A directory with nobody in it yet. */
    protected abstract PeopleDirectory open() throws Exception;

    /** Releases what {@link #open()} took (a database, say). */
    protected abstract void close() throws Exception;

    @BeforeEach
    void openDirectory() throws Exception {
        directory = open();
    }

    @AfterEach
    void closeDirectory() throws Exception {
        close();
    }

    private Person register(PersonKind kind, String first, String last, String municipality, String email) {
        return directory.register(new NewPerson(kind, first, last, email, null, 1990, Gender.X, null, "9000",
                municipality, null, List.of("nl"), Set.of()));
    }

    @Test
    void aRegisteredPersonGetsAnIdAndIsFoundWithEveryField() {
        Person registered = directory.register(new NewPerson(PersonKind.NEWCOMER, "Amina", "El Idrissi",
                "amina@example.org", "+32 470 12 34 56", 1988, Gender.F, "Lange Leemstraat 12", "2018",
                "Antwerpen", new GeoPoint(51.2081, 4.4105), List.of("ar", "fr", "nl"), Set.of("cooking", "football")));

        Person found = directory.find(registered.id()).orElseThrow();

        assertThat(found).isEqualTo(registered);
        assertThat(found.kind()).isEqualTo(PersonKind.NEWCOMER);
        assertThat(found.firstName()).isEqualTo("Amina");
        assertThat(found.lastName()).isEqualTo("El Idrissi");
        assertThat(found.email()).isEqualTo("amina@example.org");
        assertThat(found.phone()).isEqualTo("+32 470 12 34 56");
        assertThat(found.birthYear()).isEqualTo(1988);
        assertThat(found.gender()).isEqualTo(Gender.F);
        assertThat(found.street()).isEqualTo("Lange Leemstraat 12");
        assertThat(found.postalCode()).isEqualTo("2018");
        assertThat(found.municipality()).isEqualTo("Antwerpen");
        assertThat(found.location()).isEqualTo(new GeoPoint(51.2081, 4.4105));
        assertThat(found.languages()).as("in the person's order").containsExactly("ar", "fr", "nl");
        assertThat(found.tags()).containsExactlyInAnyOrder("cooking", "football");
        assertThat(found.version()).isPositive();
    }

    @Test
    void aPersonWithoutOptionalFieldsIsFoundWithEmptyValues() {
        Person registered = directory.register(new NewPerson(PersonKind.VOLUNTEER, "Jan", "Peeters", null, null,
                null, Gender.M, null, null, null, null, List.of(), Set.of()));

        Person found = directory.find(registered.id()).orElseThrow();

        assertThat(found.email()).isNull();
        assertThat(found.birthYear()).isNull();
        assertThat(found.location()).isNull();
        assertThat(found.languages()).isEmpty();
        assertThat(found.tags()).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(directory.find(987_654_321L)).isEmpty();
    }

    @Test
    void findAllReturnsThePeopleThatExistAmongTheIds() {
        Person a = register(PersonKind.VOLUNTEER, "An", "Aerts", "Gent", null);
        Person b = register(PersonKind.NEWCOMER, "Bilal", "Bakkali", "Gent", null);
        register(PersonKind.VOLUNTEER, "Cis", "Claes", "Gent", null);

        assertThat(directory.findAll(List.of(b.id(), 987_654_321L, a.id()))).containsExactlyInAnyOrder(a, b);
        assertThat(directory.findAll(List.of())).isEmpty();
    }

    @Test
    void searchOrdersByLastThenFirstNameAndPagesWithTheTotal() {
        register(PersonKind.VOLUNTEER, "Eva", "Wouters", "Gent", null);
        register(PersonKind.NEWCOMER, "Omar", "Amrani", "Gent", null);
        register(PersonKind.VOLUNTEER, "Bart", "Maes", "Gent", null);
        register(PersonKind.VOLUNTEER, "Anna", "Maes", "Gent", null);
        register(PersonKind.NEWCOMER, "Lina", "Haddad", "Gent", null);

        PersonPage all = directory.search(new PersonQuery(null, null, 0, 10));
        PersonPage second = directory.search(new PersonQuery(null, null, 2, 2));
        PersonPage beyond = directory.search(new PersonQuery(null, null, 10, 2));

        assertThat(all.people()).extracting(Person::displayName)
                .containsExactly("Omar Amrani", "Lina Haddad", "Anna Maes", "Bart Maes", "Eva Wouters");
        assertThat(second.people()).extracting(Person::displayName).containsExactly("Anna Maes", "Bart Maes");
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.people()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void searchFiltersByKindAndByEveryWordInNameMunicipalityOrEmail() {
        register(PersonKind.VOLUNTEER, "Sara", "Peeters", "Antwerpen", "sara.p@example.org");
        register(PersonKind.NEWCOMER, "Sara", "Janssens", "Gent", null);
        register(PersonKind.VOLUNTEER, "Tom", "Peeters", "Gent", "tom@vrijwilligers.be");

        assertThat(names(new PersonQuery(PersonKind.VOLUNTEER, null, 0, 10))).containsExactly("Sara Peeters",
                "Tom Peeters");
        assertThat(names(new PersonQuery(null, "sara", 0, 10))).containsExactly("Sara Janssens", "Sara Peeters");
        assertThat(names(new PersonQuery(null, "  SARA   peeters ", 0, 10))).containsExactly("Sara Peeters");
        assertThat(names(new PersonQuery(null, "antw", 0, 10))).containsExactly("Sara Peeters");
        assertThat(names(new PersonQuery(null, "vrijwilligers", 0, 10))).containsExactly("Tom Peeters");
        assertThat(names(new PersonQuery(PersonKind.NEWCOMER, "gent", 0, 10))).containsExactly("Sara Janssens");
        assertThat(directory.search(new PersonQuery(null, "nobody", 0, 10)).total()).isZero();
    }

    private List<String> names(PersonQuery query) {
        return directory.search(query).people().stream().map(Person::displayName).toList();
    }

    @Test
    void countCountsEachKind() {
        register(PersonKind.VOLUNTEER, "An", "Aerts", "Gent", null);
        register(PersonKind.VOLUNTEER, "Bo", "Bruggen", "Gent", null);
        register(PersonKind.NEWCOMER, "Cem", "Cakir", "Gent", null);

        assertThat(directory.count(PersonKind.VOLUNTEER)).isEqualTo(2);
        assertThat(directory.count(PersonKind.NEWCOMER)).isEqualTo(1);
    }

    @Test
    void changesSinceListsChangesOldestFirstAfterTheCursorUpToTheLimit() {
        Person a = register(PersonKind.VOLUNTEER, "An", "Aerts", "Gent", null);
        Person b = register(PersonKind.NEWCOMER, "Bilal", "Bakkali", "Gent", null);
        Person c = register(PersonKind.VOLUNTEER, "Cis", "Claes", "Gent", null);

        List<PersonChange> all = directory.changesSince(0, 100);
        assertThat(all).extracting(PersonChange::personId).containsExactly(a.id(), b.id(), c.id());
        assertThat(all).extracting(PersonChange::type).containsOnly(PersonChange.Type.CREATED);
        assertThat(all).extracting(PersonChange::cursor).isSorted().doesNotHaveDuplicates();

        assertThat(directory.changesSince(all.get(0).cursor(), 100)).extracting(PersonChange::personId)
                .containsExactly(b.id(), c.id());
        assertThat(directory.changesSince(0, 1)).extracting(PersonChange::personId).containsExactly(a.id());
        assertThat(directory.changesSince(all.get(2).cursor(), 100)).isEmpty();
    }

    @Test
    void anonymisingKeepsOnlyBirthYearAndPostcodeAndRecordsAnErasure() {
        Person amina = directory.register(new NewPerson(PersonKind.NEWCOMER, "Amina", "El Idrissi",
                "amina@example.org", "+32 470 12 34 56", 1988, Gender.F, "Lange Leemstraat 12", "2018",
                "Antwerpen", new GeoPoint(51.2081, 4.4105), List.of("ar", "nl"), Set.of("cooking")));
        long cursor = directory.changesSince(0, 100).get(0).cursor();

        directory.anonymise(amina.id());

        Person anonymous = directory.find(amina.id()).orElseThrow();
        assertThat(anonymous.firstName() + " " + anonymous.lastName()).doesNotContain("Amina", "Idrissi");
        assertThat(anonymous.email()).isNull();
        assertThat(anonymous.phone()).isNull();
        assertThat(anonymous.street()).isNull();
        assertThat(anonymous.municipality()).isNull();
        assertThat(anonymous.location()).isNull();
        assertThat(anonymous.languages()).isEmpty();
        assertThat(anonymous.tags()).isEmpty();
        assertThat(anonymous.birthYear()).isEqualTo(1988);
        assertThat(anonymous.postalCode()).isEqualTo("2018");
        assertThat(anonymous.kind()).isEqualTo(PersonKind.NEWCOMER);
        assertThat(anonymous.version()).isGreaterThan(amina.version());
        assertThat(directory.search(new PersonQuery(null, "amina", 0, 10)).total()).isZero();
        assertThat(directory.changesSince(cursor, 100)).singleElement().satisfies(change -> {
            assertThat(change.personId()).isEqualTo(amina.id());
            assertThat(change.type()).isEqualTo(PersonChange.Type.ERASED);
        });
    }

    @Test
    void anonymisingAnUnknownIdChangesNothing() {
        register(PersonKind.VOLUNTEER, "An", "Aerts", "Gent", null);
        List<PersonChange> before = directory.changesSince(0, 100);

        directory.anonymise(987_654_321L);

        assertThat(directory.changesSince(0, 100)).isEqualTo(before);
    }
}
