package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.hostapi.Gender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.outbox.OutboxEntry;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadsheetImportIT extends FixturePerKind {

    private static final AtomicInteger FILES = new AtomicInteger();

    static final String BUDDY_HEADER = "First name,Last name,E-mail,Phone,Birth year,Gender,Postcode,Municipality,"
            + "Latitude,Longitude,Languages,Interests,About,Availability,Capacity,Status,Consent version,Consent date";

    /** A buddy row of {@link #BUDDY_HEADER} in Gent, with a unique e-mail. */
    static String buddyRow(String first, String last, String email) {
        return String.join(",", first, last, email, "+32 470 12 34 56", "1985", "F", "9000", "Gent", "51.05", "3.72",
                "\"nl:NATIVE, fr:vloeiend\"", "\"voetbal, koken\"", "Ik woon in Gent.", "WED_EVENING", "2",
                "AVAILABLE", "2026-01", "2026-02-01");
    }

    static String newcomersFile(String tag) {
        return "Voornaam;Achternaam;E-mail;Geboortejaar;Geslacht;Postcode;Gemeente;Breedtegraad;Lengtegraad;"
                + "Contacttalen;Niveau Nederlands;Doelen;Gezinssituatie;PNT-plichtig;Ingeschreven op;"
                + "Toestemming versie;Toestemming datum\r\n"
                + "François;Dubois;francois." + tag + "@example.org;1990;M;9000;Gent;51,054;3,717;fr, ar;A1;"
                + "PRACTISE_DUTCH, SOCIAL_NETWORK;SINGLE;ja;15/01/2026;2026-01;15/01/2026\r\n"
                + "Noëlle;Mbeki;noelle." + tag + "@example.org;1995;V;9050;Gentbrugge;51,04;3,75;en;A0;LEISURE;"
                + "SINGLE_PARENT;nee;2026-02-20;2026-01;2026-02-20\r\n";
    }

    static String tag() {
        return "f" + FILES.incrementAndGet() + "-" + System.nanoTime();
    }

    static CsvTable csv(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static int importAll(CoreFixture f, SpreadsheetKind kind, CsvTable table) {
        return f.bean(SpreadsheetImport.class).prepare(kind, table, ColumnMapping.recognise(kind, table.header()))
                .run(ImportProgress.NONE);
    }

    static Optional<Person> byEmail(CoreFixture f, PersonKind kind, String email) {
        long total = f.people.count(kind);
        for (int offset = 0; offset < total; offset += 1000) {
            Optional<Person> found = f.people.search(PersonQuery.all(kind, offset, 1000)).people().stream()
                    .filter(p -> email.equals(p.email())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aUtf8CommaFileImportsEveryBuddyWithAccentsAndArabicNamesAndTellsTheIndex(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        long lastOutbox = outboxPosition(f);
        CsvTable table = csv(BUDDY_HEADER + "\n" + buddyRow("Zoë", "Claes", "zoe." + tag + "@example.org") + "\n"
                + buddyRow("José", "Çelik", "jose." + tag + "@example.org") + "\n"
                + buddyRow("محمد", "الحداد", "mohammed." + tag + "@example.org") + "\n");

        Preview preview = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 2);
        int imported = importAll(f, SpreadsheetKind.BUDDIES, table);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.format().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.format().separator()).isEqualTo(',');
        assertThat(preview.totalRows()).isEqualTo(3);
        assertThat(preview.rows()).extracting(Preview.PreviewRow::row).containsExactly(2, 3);
        assertThat(preview.rows().get(0).values()).containsEntry(Field.FIRST_NAME, "Zoë");
        assertThat(imported).isEqualTo(3);
        Person mohammed = byEmail(f, PersonKind.VOLUNTEER, "mohammed." + tag + "@example.org").orElseThrow();
        assertThat(mohammed.displayName()).isEqualTo("محمد الحداد");
        assertThat(byEmail(f, PersonKind.VOLUNTEER, "jose." + tag + "@example.org").orElseThrow().lastName())
                .isEqualTo("Çelik");
        BuddyProfile profile = f.bean(BuddyProfileService.class).find(mohammed.id()).orElseThrow();
        assertThat(profile.conversationLanguages()).containsExactly("fr", "nl");
        assertThat(profile.interests()).containsExactlyInAnyOrder("voetbal", "koken");
        assertThat(profile.capacity()).isEqualTo(2);
        assertThat(profile.status()).isEqualTo(BuddyStatus.AVAILABLE);
        assertThat(f.bean(IndexOutbox.class).after(lastOutbox, 100)).extracting(OutboxEntry::volunteerId)
                .contains(mohammed.id()).hasSize(3);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).recent(1)).singleElement().satisfies((AuditEntry entry) -> {
            assertThat(entry.action()).isEqualTo(AuditAction.IMPORT_SPREADSHEET);
            assertThat(entry.detail()).hasValue("spreadsheet import of BUDDIES: 3 rows, 3 new host people");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWindows1252SemicolonFileImportsEveryNewcomerOntoTheWaitingList(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        CsvTable table = CsvTable.read(newcomersFile(tag).getBytes(CsvFormat.WINDOWS_1252));

        int imported = importAll(f, SpreadsheetKind.NEWCOMERS, table);

        assertThat(table.format().encodingName()).isEqualTo("windows-1252");
        assertThat(table.format().separator()).isEqualTo(';');
        assertThat(imported).isEqualTo(2);
        Person francois = byEmail(f, PersonKind.NEWCOMER, "francois." + tag + "@example.org").orElseThrow();
        Person noelle = byEmail(f, PersonKind.NEWCOMER, "noelle." + tag + "@example.org").orElseThrow();
        assertThat(francois.firstName()).isEqualTo("François");
        assertThat(noelle.firstName()).isEqualTo("Noëlle");
        assertThat(noelle.gender()).isEqualTo(Gender.F);
        NewcomerIntake intake = f.bean(NewcomerIntakeService.class).find(francois.id()).orElseThrow();
        assertThat(intake.dutchLevel()).isEqualTo(DutchLevel.A1);
        assertThat(intake.pntObliged()).isTrue();
        assertThat(intake.location().latitude()).isEqualTo(51.054);
        assertThat(intake.registeredOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(f.bean(TrajectoryService.class).ofNewcomer(francois.id())).singleElement()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(TrajectoryStatus.WAITING);
                    assertThat(t.waitingSince()).isEqualTo(LocalDate.of(2026, 1, 15));
                });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNewcomerRowWithAnUnknownGoalListsTheGoalsThereAreOnceWithoutASecondMessageAboutTheSameCell(
            TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        CsvTable table = csv(newcomersFile(tag()).replace("LEISURE;", "dansen;"));

        List<RowError> errors = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.NEWCOMERS, table, null, 5)
                .errors();

        assertThat(errors).extracting(RowError::row, RowError::field, RowError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Field.GOALS, "\"dansen\" is none of PRACTISE_DUTCH, "
                        + "SOCIAL_NETWORK, LEISURE, INSTITUTIONS, WORK_ORIENTATION, CHILDREN_SCHOOL."));
        f.user.speaking(Locale.forLanguageTag("nl"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFileWithOneBadRowImportsNothingAndNamesTheRowAndField(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        String tag = tag();
        long volunteersBefore = f.people.count(PersonKind.VOLUNTEER);
        int profilesBefore = f.queryInt("select count(*) from buddy_profile");
        String bad = buddyRow("Bert", "Peeters", "bert." + tag + "@example.org").replace("9000,Gent", "90,Gent");
        CsvTable table = csv(BUDDY_HEADER + "\n" + buddyRow("An", "Claes", "an." + tag + "@example.org") + "\n"
                + bad + "\n" + buddyRow("Cis", "Maes", "cis." + tag + "@example.org") + "\n");

        Preview preview = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 10);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.field()).isEqualTo(Field.POSTCODE);
            assertThat(error.message()).isNotBlank();
        });
        assertThatThrownBy(() -> importAll(f, SpreadsheetKind.BUDDIES, table))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.errors()).extracting(RowError::row).containsExactly(3));
        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(volunteersBefore);
        assertThat(f.queryInt("select count(*) from buddy_profile")).isEqualTo(profilesBefore);
        f.user.speaking(Locale.forLanguageTag("nl"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyProblemOfARowIsNamedInTheUsersLanguage(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        String bad = String.join(",", "Dirk", "", "not-an-email", "", "1850", "Q", "9000", "Gent", "51.05", "3.72",
                "nl:NATIVE", "", "", "MOON_EVENING", "9", "", "2026-01", "31/02/2026");
        CsvTable table = csv(BUDDY_HEADER + "\n" + bad + "\n" + buddyRow("Ed", "Maes", "ed." + tag + "@example.org")
                + "\n" + buddyRow("Ed", "Maes", "ED." + tag + "@example.org") + "\n");

        f.user.speaking(Locale.ENGLISH);
        List<RowError> english = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 1)
                .errors();
        f.user.speaking(Locale.forLanguageTag("nl"));
        List<RowError> dutch = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 1)
                .errors();

        assertThat(english).filteredOn(e -> e.row() == 2).extracting(RowError::field).contains(Field.LAST_NAME,
                Field.EMAIL, Field.BIRTH_YEAR, Field.GENDER, Field.AVAILABILITY, Field.CAPACITY, Field.CONSENT_DATE);
        assertThat(english).filteredOn(e -> e.row() == 2 && e.field() == Field.LAST_NAME).extracting(RowError::message)
                .containsExactly("\"Last name\" is empty.");
        assertThat(dutch).filteredOn(e -> e.row() == 2 && e.field() == Field.LAST_NAME).extracting(RowError::message)
                .containsExactly("\"Achternaam\" is leeg.");
        assertThat(english).filteredOn(e -> e.row() == 4).extracting(RowError::field).containsExactly(Field.EMAIL);
        assertThat(english).noneMatch(e -> e.row() == 3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFileWithoutARequiredColumnNamesTheColumnAndAMappingFixesIt(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        CsvTable table = csv(BUDDY_HEADER.replace("Municipality", "Woonkern") + "\n"
                + buddyRow("Fien", "Claes", "fien." + tag + "@example.org") + "\n");
        SpreadsheetImport spreadsheets = f.bean(SpreadsheetImport.class);

        Preview guessed = spreadsheets.preview(SpreadsheetKind.BUDDIES, table, null, 5);
        Preview fixed = spreadsheets.preview(SpreadsheetKind.BUDDIES, table,
                guessed.mapping().with(table.header().indexOf("Woonkern"), Field.MUNICIPALITY), 5);

        assertThat(guessed.errors()).extracting(RowError::row, RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Field.MUNICIPALITY));
        assertThat(fixed.errors()).isEmpty();
        assertThat(spreadsheets.prepare(SpreadsheetKind.BUDDIES, table, fixed.mapping()).run(ImportProgress.NONE))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSheetWithoutCoordinatesOrConsentImportsWithPlacesFromTheMunicipalityAndConsentStatedForTheFile(
            TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        CsvTable table = csv("Voornaam;Achternaam;E-mail;Postcode;Gemeente;Talen\n"
                + "Lotte;Peeters;lotte." + tag + "@example.org;2000;Antwerpen;nl\n"
                + "Samir;Haddad;samir." + tag + "@example.org;1050;Elsene;\"fr, nl\"\n"
                + "An;Wouters;an." + tag + "@example.org;3000;Leuven;nl\n");
        SpreadsheetImport spreadsheets = f.bean(SpreadsheetImport.class);
        ColumnMapping recognised = ColumnMapping.recognise(SpreadsheetKind.BUDDIES, table.header());

        Preview withoutConsent = spreadsheets.preview(SpreadsheetKind.BUDDIES, table, recognised, 5);
        ColumnMapping stated = recognised.stating(Field.CONSENT_VERSION, "2026-01")
                .stating(Field.CONSENT_DATE, "2026-03-01");
        int imported = spreadsheets.prepare(SpreadsheetKind.BUDDIES, table, stated).run(ImportProgress.NONE);

        assertThat(withoutConsent.errors()).extracting(RowError::row, RowError::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, Field.CONSENT_VERSION),
                org.assertj.core.groups.Tuple.tuple(1, Field.CONSENT_DATE));
        assertThat(imported).isEqualTo(3);
        Person samir = byEmail(f, PersonKind.VOLUNTEER, "samir." + tag + "@example.org").orElseThrow();
        BuddyProfile profile = f.bean(BuddyProfileService.class).find(samir.id()).orElseThrow();
        assertThat(profile.location().municipality()).isEqualTo("Elsene");
        assertThat(profile.location().postcode()).isEqualTo("1050");
        assertThat(profile.location().latitude()).isBetween(50.80, 50.86);
        assertThat(profile.location().longitude()).isBetween(4.33, 4.40);
        assertThat(samir.location()).isNotNull();
        assertThat(profile.consent().version()).isEqualTo("2026-01");
        assertThat(profile.consent().givenOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        BuddyProfile lotte = f.bean(BuddyProfileService.class).find(byEmail(f, PersonKind.VOLUNTEER,
                "lotte." + tag + "@example.org").orElseThrow().id()).orElseThrow();
        assertThat(lotte.location().latitude()).isBetween(51.18, 51.25);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).recent(1)).singleElement().satisfies((AuditEntry entry) ->
                assertThat(entry.detail()).hasValue("spreadsheet import of BUDDIES: 3 rows, 3 new host people; "
                        + "stated by the coordinator for every row: Consent version = 2026-01, "
                        + "Consent date = 2026-03-01"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMunicipalityThatCannotBePlacedIsARowErrorNamingItAndNothingIsImported(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        f.user.speaking(Locale.forLanguageTag("nl"));
        String tag = tag();
        CsvTable table = csv("Voornaam;Achternaam;E-mail;Postcode;Gemeente;Talen;Toestemming versie;"
                + "Toestemming datum\n"
                + "Lotte;Peeters;lotte." + tag + "@example.org;9000;Gent;nl;2026-01;2026-03-01\n"
                + "Tom;Maes;tom." + tag + "@example.org;9000;Atlantis;nl;2026-01;2026-03-01\n"
                + "Els;Jacobs;els." + tag + "@example.org;2000;Gent;nl;2026-01;2026-03-01\n");
        long before = f.people.count(PersonKind.VOLUNTEER);

        Preview preview = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 5);

        assertThat(preview.errors()).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Field.MUNICIPALITY),
                org.assertj.core.groups.Tuple.tuple(4, Field.MUNICIPALITY));
        assertThat(preview.errors().get(0).message()).contains("\"Atlantis\"", "\"9000\"", "geen gekende");
        assertThat(preview.errors().get(1).message()).contains("\"Gent\"", "\"2000\"");
        assertThatThrownBy(() -> importAll(f, SpreadsheetKind.BUDDIES, table))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void quotedCellsWithSeparatorsQuotesAndLineBreaksAreStoredAsWritten(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        String row = buddyRow("Gert", "Claes", "gert." + tag + "@example.org")
                .replace("Ik woon in Gent.", "\"Ik zeg \"\"hallo\"\", ik woon in Gent;\nen ik fiets graag.\"");
        CsvTable table = csv(BUDDY_HEADER + "\r\n" + row + "\r\n"
                + buddyRow("Hanne", "Claes", "hanne." + tag + "@example.org") + "\r\n");

        Preview preview = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 5);
        importAll(f, SpreadsheetKind.BUDDIES, table);

        assertThat(preview.rows()).extracting(Preview.PreviewRow::row).containsExactly(2, 3);
        long gert = byEmail(f, PersonKind.VOLUNTEER, "gert." + tag + "@example.org").orElseThrow().id();
        assertThat(f.bean(BuddyProfileService.class).find(gert).orElseThrow().about())
                .contains("Ik zeg \"hallo\", ik woon in Gent;\nen ik fiets graag.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void existingDuosImportByEmailTakeTheWaitingPlaceAndKeepTheirStatus(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        importAll(f, SpreadsheetKind.BUDDIES, csv(BUDDY_HEADER + "\n"
                + buddyRow("Ilse", "Claes", "ilse." + tag + "@example.org") + "\n"
                + buddyRow("Jan", "Claes", "jan." + tag + "@example.org") + "\n"));
        importAll(f, SpreadsheetKind.NEWCOMERS, csv(newcomersFile(tag)));
        long ilse = byEmail(f, PersonKind.VOLUNTEER, "ilse." + tag + "@example.org").orElseThrow().id();
        long francois = byEmail(f, PersonKind.NEWCOMER, "francois." + tag + "@example.org").orElseThrow().id();
        long noelle = byEmail(f, PersonKind.NEWCOMER, "noelle." + tag + "@example.org").orElseThrow().id();
        String duos = "Newcomer,Buddy,Start date,Status,Hours target,Pause reason,End reason\n"
                + "francois." + tag + "@example.org,ilse." + tag + "@example.org,2026-02-01,ACTIVE,50,,\n"
                + "noelle." + tag + "@example.org,\"ilse." + tag + "@example.org, jan." + tag + "@example.org\","
                + "2026-01-10,gepauzeerd,,examens,\n"
                + noelle + ",jan." + tag + "@example.org,2025-06-01,CLOSED,,,COMPLETED\n";

        assertThat(importAll(f, SpreadsheetKind.DUOS, csv(duos))).isEqualTo(3);

        List<Trajectory> ofFrancois = f.bean(TrajectoryService.class).ofNewcomer(francois);
        assertThat(ofFrancois).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TrajectoryStatus.ACTIVE);
            assertThat(t.buddyIds()).containsExactly(ilse);
            assertThat(t.startedOn()).contains(LocalDate.of(2026, 2, 1));
            assertThat(t.hoursTarget()).contains(50);
            assertThat(t.waitingSince()).isEqualTo(LocalDate.of(2026, 1, 15));
        });
        assertThat(f.countRows("buddy_check_in", "trajectory_id", ofFrancois.get(0).id())).isPositive();
        assertThat(f.bean(TrajectoryService.class).ofNewcomer(noelle))
                .extracting(Trajectory::status, t -> t.buddyIds().size(), t -> t.endReason().orElse(null))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TrajectoryStatus.PAUSED, 2, null),
                        org.assertj.core.groups.Tuple.tuple(TrajectoryStatus.CLOSED, 1, EndReason.COMPLETED));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDuoRowTheTrajectoryRulesRefuseOrThatNamesNobodyImportsNothing(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        String tag = tag();
        importAll(f, SpreadsheetKind.BUDDIES, csv(BUDDY_HEADER + "\n"
                + buddyRow("Kato", "Claes", "kato." + tag + "@example.org") + "\n"));
        importAll(f, SpreadsheetKind.NEWCOMERS, csv(newcomersFile(tag)));
        int trajectoriesBefore = f.queryInt("select count(*) from buddy_trajectory");
        String duos = "Newcomer,Buddy,Start date,Status,Planned end,Pause reason\n"
                + "francois." + tag + "@example.org,kato." + tag + "@example.org,2026-02-01,ACTIVE,2026-01-01,\n"
                + "noelle." + tag + "@example.org,kato." + tag + "@example.org,2026-02-01,PAUSED,,\n"
                + "nobody." + tag + "@example.org,kato." + tag + "@example.org,2026-02-01,ACTIVE,,\n";

        List<RowError> errors = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.DUOS, csv(duos), null, 5)
                .errors();

        assertThat(errors).extracting(RowError::row, RowError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "The planned end must come after the start."),
                org.assertj.core.groups.Tuple.tuple(3, "Say why the duo pauses."),
                org.assertj.core.groups.Tuple.tuple(4, "Nobody of the right kind is known as \"nobody." + tag
                        + "@example.org\" (e-mail address or host number)."));
        assertThatThrownBy(() -> importAll(f, SpreadsheetKind.DUOS, csv(duos)))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(f.queryInt("select count(*) from buddy_trajectory")).isEqualTo(trajectoriesBefore);
        f.user.speaking(Locale.forLanguageTag("nl"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFailureWhileWritingLeavesNoPluginRowsAndTakesBackTheRegisteredPeople(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        long cursor = lastPersonChange(f);
        int profilesBefore = f.queryInt("select count(*) from buddy_profile");
        long outboxBefore = outboxPosition(f);
        CsvTable table = csv(BUDDY_HEADER + "\n" + buddyRow("Lien", "Claes", "lien." + tag + "@example.org") + "\n"
                + buddyRow("Mats", "Claes", "mats." + tag + "@example.org") + "\n"
                + buddyRow("Nora", "Claes", "nora." + tag + "@example.org") + "\n");
        ImportProgress failingAtTheSecondRow = (done, total) -> {
            if (done == 2) {
                throw new IllegalStateException("the database went away");
            }
        };

        assertThatThrownBy(() -> f.bean(SpreadsheetImport.class).prepare(SpreadsheetKind.BUDDIES, table,
                ColumnMapping.recognise(SpreadsheetKind.BUDDIES, table.header())).run(failingAtTheSecondRow))
                .hasMessage("the database went away");

        List<PersonChange> changes = f.people.changesSince(cursor, 100);
        assertThat(changes).filteredOn(c -> c.type() == PersonChange.Type.CREATED).hasSize(2);
        assertThat(changes).filteredOn(c -> c.type() == PersonChange.Type.ERASED).hasSize(2);
        assertThat(byEmail(f, PersonKind.VOLUNTEER, "lien." + tag + "@example.org")).isEmpty();
        assertThat(f.queryInt("select count(*) from buddy_profile")).isEqualTo(profilesBefore);
        assertThat(outboxPosition(f)).isEqualTo(outboxBefore);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyAlreadyKnownByEmailGetsHisProfileAndASecondProfileIsRefused(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        long volunteersBefore = f.people.count(PersonKind.VOLUNTEER);
        CsvTable table = csv(BUDDY_HEADER + "\n" + buddyRow("Olga", "Claes", "olga." + tag + "@example.org") + "\n");
        importAll(f, SpreadsheetKind.BUDDIES, table);

        Preview again = f.bean(SpreadsheetImport.class).preview(SpreadsheetKind.BUDDIES, table, null, 1);

        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(volunteersBefore + 1);
        assertThat(again.errors()).extracting(RowError::row, RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Field.EMAIL));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aLargeFileReportsProgressAndImportsInReasonableTime(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        int rows = 5_000;
        StringBuilder text = new StringBuilder(BUDDY_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            text.append(buddyRow("Buddy" + i, "Groot", "b" + i + "." + tag + "@example.org")).append('\n');
        }
        CsvTable table = csv(text.toString());
        List<int[]> reports = new ArrayList<>();
        long started = System.nanoTime();

        int imported = f.bean(SpreadsheetImport.class).prepare(SpreadsheetKind.BUDDIES, table,
                ColumnMapping.recognise(SpreadsheetKind.BUDDIES, table.header()))
                .run((done, total) -> reports.add(new int[] {done, total}));

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(imported).isEqualTo(rows);
        assertThat(reports).hasSize(rows);
        assertThat(reports.get(0)).containsExactly(1, rows);
        assertThat(reports.get(rows - 1)).containsExactly(rows, rows);
        assertThat(seconds).as("seconds for %d rows", rows).isLessThan(90);
        assertThat(byEmail(f, PersonKind.VOLUNTEER, "b4999." + tag + "@example.org")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBuddyCannotPreviewImportOrExport(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInBuddy(f.volunteer("Piet").id());
        CsvTable table = csv(BUDDY_HEADER + "\n" + buddyRow("Quinten", "Claes", "q." + tag() + "@example.org"));
        SpreadsheetImport spreadsheets = f.bean(SpreadsheetImport.class);

        assertThatThrownBy(() -> spreadsheets.preview(SpreadsheetKind.BUDDIES, table, null, 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importAll(f, SpreadsheetKind.BUDDIES, table))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.bean(SpreadsheetExport.class).export(SpreadsheetKind.DUOS))
                .isInstanceOf(AccessDeniedException.class);
    }

    static long outboxPosition(CoreFixture f) {
        return f.bean(IndexOutbox.class).lastPosition();
    }

    private static long lastPersonChange(CoreFixture f) {
        List<PersonChange> all = f.people.changesSince(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).cursor();
    }
}
