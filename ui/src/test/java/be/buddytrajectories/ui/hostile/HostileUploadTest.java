package be.buddytrajectories.ui.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.spreadsheet.RowError;
import be.buddytrajectories.core.spreadsheet.SpreadsheetExport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetImport;
import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.testing.HostileInput.Value;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.InMemoryPeopleDirectory;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.BuddyTranslations;
import be.buddytrajectories.ui.spreadsheet.SpreadsheetTranslations;
import be.buddytrajectories.ui.spreadsheet.SpreadsheetView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet upload fed the files of the {@link HostileInput} corpus and a file of hostile cells: a file that
 * is no CSV is refused with one sentence in the user's language, a file with bad rows lists them, and nothing can
 * be imported from either.
 */
class HostileUploadTest {

    private static final String HEADER = "Voornaam,Achternaam,E-mail,Postcode,Gemeente,Breedtegraad,Lengtegraad,"
            + "Talen,Toestemming versie,Toestemming datum";

    private final FakeCurrentUser user = new FakeCurrentUser();
    private final InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
    private TestDatabases.TestDatabase database;
    private KaribuWeld karibu;

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        karibu = KaribuWeld.start(Set.of(BuddyDatabase.class, AccessGuard.class, InputValidator.class,
                        AuditTrail.class, IndexOutbox.class, CheckInService.class, SpreadsheetImport.class,
                        SpreadsheetExport.class, BuddyTranslations.class, SpreadsheetTranslations.class),
                Set.of(SpreadsheetView.class), Set.of(AccessDeniedView.class),
                Map.of(CurrentUser.class, user, PeopleDirectory.class, people,
                        HostDatabase.class, new TestHostDatabase(database),
                        Clock.class, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)));
        user.signIn("coordinator", 900_001L, Permission.COORDINATOR.key());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            karibu.close();
        } finally {
            database.close();
        }
    }

    @Test
    void eachHostileFileIsReadAsTextOrRefusedWithOneSentenceAndNothingCanBeImported() {
        UI.getCurrent().navigate(SpreadsheetView.class);
        int refused = 0;
        for (Value<byte[]> file : HostileInput.FILES) {
            NotificationsKt.clearNotifications();

            upload(file.value());

            List<String> shown = NotificationsKt.getNotifications().stream()
                    .map(n -> n.getElement().getProperty("text")).toList();
            boolean readable = file.name().startsWith("Latin-1") || file.name().startsWith("UTF-16");
            if (readable) {
                // Read as text: the header has none of the columns a buddies file needs, which the grid names.
                assertThat(shown).as(file.name()).isEmpty();
                assertThat(GridKt._size(errors())).as(file.name()).isPositive();
            } else {
                assertThat(shown).as(file.name()).singleElement().satisfies(text -> {
                    assertThat(text).isNotBlank();
                    assertThat(HostileInput.looksLikeStackTrace(text)).as(text).isFalse();
                });
                refused++;
            }
            assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).as(file.name()).isFalse();
        }
        assertThat(people.count(PersonKind.VOLUNTEER)).isZero();
        System.out.printf("hostile upload files: %d tried, %d refused, %d read as text%n", HostileInput.FILES.size(),
                refused, HostileInput.FILES.size() - refused);
    }

    @Test
    void aFileOfHostileCellsListsEveryBadRowInTheUsersLanguageAndCannotBeImported() {
        user.speaking(Locale.ENGLISH);
        UI.getCurrent().navigate(SpreadsheetView.class);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<Value<String>> cells = HostileInput.texts().stream()
                .filter(v -> !v.name().equals("NUL") && !v.name().equals("lone surrogate")).toList();
        int row = 1;
        for (Value<String> cell : cells) {
            row++;
            csv.append(String.join(",", quoted(cell.value()), "Claes", "r" + row + "@example.org", "9000", "Gent",
                    "51.05", "3.72", "nl:NATIVE", "2026-01", "2026-02-01")).append('\n');
        }

        upload(csv.toString().getBytes(StandardCharsets.UTF_8));

        List<RowError> errors = GridKt._findAll(errors());
        long mustRefuse = cells.stream().filter(v -> HostileInput.mustRefuse(v, true) || v.value().isBlank()).count();
        assertThat(errors.stream().map(RowError::row).distinct().count()).isEqualTo(mustRefuse);
        for (RowError error : errors) {
            assertThat(error.message()).isNotBlank();
            assertThat(HostileInput.looksLikeStackTrace(error.message())).as(error.message()).isFalse();
        }
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isFalse();
        assertThat(people.count(PersonKind.VOLUNTEER)).isZero();
        System.out.printf("hostile upload cells: %d tried, %d rows refused%n", cells.size(), mustRefuse);
        user.speaking(Locale.forLanguageTag("nl"));
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static void upload(byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "hostile.csv", "text/csv", bytes);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RowError> errors() {
        return _get(Grid.class, spec -> spec.withId("import-errors"));
    }
}
