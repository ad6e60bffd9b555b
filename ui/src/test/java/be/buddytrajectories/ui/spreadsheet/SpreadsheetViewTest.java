package be.buddytrajectories.ui.spreadsheet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.spreadsheet.Field;
import be.buddytrajectories.core.spreadsheet.RowError;
import be.buddytrajectories.core.spreadsheet.SpreadsheetExport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetImport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetKind;
import be.buddytrajectories.core.testing.HostileInput.Value;
import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.MenuEntry;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.InMemoryPeopleDirectory;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.BuddyTranslations;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpreadsheetViewTest {

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

    private static String row(String first, String email, String postcode) {
        return String.join(",", first, "Claes", email, postcode, "Gent", "51.05", "3.72", "nl:NATIVE", "2026-01",
                "2026-02-01");
    }

    private static void upload(String csv) {
        upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void upload(byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "buddys.csv", "text/csv", bytes);
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @SuppressWarnings("unchecked")
    private static Grid<RowError> errors() {
        return _get(Grid.class, spec -> spec.withId("import-errors"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorChoosesAKindUploadsAndFindsAnExportPerKind() {
        UI.getCurrent().navigate(SpreadsheetView.class);

        Select<SpreadsheetKind> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        assertThat(kind.getValue()).isEqualTo(SpreadsheetKind.BUDDIES);
        assertThat(kind.getItemLabelGenerator().apply(SpreadsheetKind.DUOS)).isEqualTo("Bestaande duo's");
        _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isFalse();
        _get(ProgressBar.class, spec -> spec.withId("import-progress"));
        for (String id : List.of("export-buddies", "export-newcomers", "export-duos")) {
            Anchor export = _get(Anchor.class, spec -> spec.withId(id));
            assertThat(export.getHref()).isNotBlank();
            assertThat(export.getElement().hasAttribute("download")).isTrue();
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("export-duos")).getText()).isEqualTo("Duo's (CSV)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithABadRowShowsItsRowNumberAndCannotBeImported() {
        UI.getCurrent().navigate(SpreadsheetView.class);

        upload(HEADER + "\n" + row("An", "an@example.org", "9000") + "\n" + row("Bert", "bert@example.org", "90")
                + "\n");

        assertThat(_get(Span.class, spec -> spec.withId("import-format")).getText())
                .isEqualTo("Gelezen als UTF-8, kolommen gescheiden door komma's; 2 rijen.");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(2);
        assertThat(GridKt._size(errors())).isEqualTo(1);
        assertThat(GridKt._get(errors(), 0).row()).isEqualTo(3);
        assertThat(GridKt._getFormatted(errors(), 0, "row")).isEqualTo("3");
        assertThat(GridKt._getFormatted(errors(), 0, "field")).isEqualTo("Postcode");
        assertThat(_get(Span.class, spec -> spec.withId("import-verdict")).getText())
                .isEqualTo("1 problemen: er wordt niets ingelezen tot ze opgelost zijn.");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isFalse();
        assertThat(people.count(PersonKind.VOLUNTEER)).isZero();
    }

    @Test
    void aGoodFileImportsEveryRowAndFillsTheProgressBar() {
        UI.getCurrent().navigate(SpreadsheetView.class);
        upload(HEADER + "\n" + row("Zoë", "zoe@example.org", "9000") + "\n" + row("محمد", "m@example.org", "9050")
                + "\n");
        Button run = _get(Button.class, spec -> spec.withId("import-run"));
        assertThat(run.isEnabled()).isTrue();

        _click(run);

        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress")).getValue()).isEqualTo(1.0);
        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(2);
        assertThat(run.isEnabled()).isFalse();
    }

    @Test
    void anOrdinarySheetWithoutCoordinatesOrConsentImportsOnceTheCoordinatorConfirmsConsentForTheFile() {
        UI.getCurrent().navigate(SpreadsheetView.class);
        upload("Voornaam;Achternaam;E-mail;Postcode;Gemeente;Talen\n"
                + "Lotte;Peeters;lotte@example.org;2000;Antwerpen;nl\n"
                + "Samir;Haddad;samir@example.org;3000;Leuven;fr\n");
        Button run = _get(Button.class, spec -> spec.withId("import-run"));
        Checkbox confirm = _get(Checkbox.class, spec -> spec.withId("import-consent-confirm"));
        assertThat(_get(TextField.class, spec -> spec.withId("import-consent-version")).getValue())
                .isEqualTo(Consent.CURRENT_VERSION);
        assertThat(_get(DatePicker.class, spec -> spec.withId("import-consent-date")).getValue())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(GridKt._size(errors())).isEqualTo(2);
        assertThat(run.isEnabled()).isFalse();

        _setValue(confirm, true);

        _assertNone(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(run.isEnabled()).isTrue();
        _click(run);
        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(2);
        _assertNone(VerticalLayout.class, spec -> spec.withId("import-consent"));
    }

    @Test
    void aSheetWithConsentColumnsAsksNoConsentForTheFile() {
        UI.getCurrent().navigate(SpreadsheetView.class);
        upload(HEADER + "\n" + row("An", "an@example.org", "9000") + "\n");

        _assertNone(VerticalLayout.class, spec -> spec.withId("import-consent"));
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isTrue();
    }

    @Test
    void aLargeFileImportsInTheBackgroundWhileTheProgressBarMoves() throws InterruptedException {
        UI.getCurrent().navigate(SpreadsheetView.class);
        int rows = SpreadsheetView.BACKGROUND_ROWS + 100;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(row("Buddy" + i, "b" + i + "@example.org", "9000")).append('\n');
        }
        upload(csv.toString());
        ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("import-progress"));

        _click(_get(Button.class, spec -> spec.withId("import-run")));

        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        long deadline = System.currentTimeMillis() + 60_000;
        while (UI.getCurrent().getPollInterval() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the import is done").isEqualTo(-1);
        assertThat(progress.getValue()).isEqualTo(1.0);
        assertThat(people.count(PersonKind.VOLUNTEER)).isEqualTo(rows);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mappingAnUnrecognisedColumnChecksTheFileAgain() {
        UI.getCurrent().navigate(SpreadsheetView.class);
        upload(HEADER.replace("Gemeente", "Woonkern") + "\n" + row("An", "an@example.org", "9000") + "\n");
        assertThat(GridKt._get(errors(), 0).field()).isEqualTo(Field.MUNICIPALITY);
        assertThat(GridKt._get(errors(), 0).row()).isEqualTo(1);

        _setValue(_get(Select.class, spec -> spec.withId("import-mapping-4")), Field.MUNICIPALITY);

        assertThat(_get(Span.class, spec -> spec.withId("import-verdict")).getText())
                .isEqualTo("Geen problemen: het bestand kan ingelezen worden.");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isTrue();
    }

    @Test
    void aBuddyIsRefusedTheScreen() {
        user.signIn("buddy", 12L, Permission.BUDDY.key());

        UI.getCurrent().navigate(SpreadsheetView.class);

        _assertNone(SpreadsheetView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void theMenuEntryOpensTheScreenForCoordinatorsInTheirLanguage() {
        MenuEntry dutch = new SpreadsheetMenu().menuEntries(Locale.forLanguageTag("nl")).get(0);
        MenuEntry english = new SpreadsheetMenu().menuEntries(Locale.ENGLISH).get(0);

        assertThat(dutch.path()).isEqualTo("buddy/import");
        assertThat(dutch.title()).isEqualTo("Import en export");
        assertThat(english.title()).isEqualTo("Import and export");
        assertThat(dutch.requiredPermission()).isEqualTo(Permission.COORDINATOR.key());
    }

    // The files and cells of the hostile-input corpus.

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
}
