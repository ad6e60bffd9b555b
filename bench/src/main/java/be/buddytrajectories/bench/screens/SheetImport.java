package be.buddytrajectories.bench.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.outbox.IndexOutbox;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.spreadsheet.RowError;
import be.buddytrajectories.core.spreadsheet.SpreadsheetExport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetImport;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.FakeCurrentUser;
import be.buddytrajectories.hostapi.testing.KaribuWeld;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import be.buddytrajectories.hostapi.testing.TestHostDatabase;
import be.buddytrajectories.ui.shell.AccessDeniedView;
import be.buddytrajectories.ui.shell.BuddyTranslations;
import be.buddytrajectories.ui.spreadsheet.SpreadsheetTranslations;
import be.buddytrajectories.ui.spreadsheet.SpreadsheetView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * A coordinator imports a volunteer spreadsheet on the import screen ({@code buddy/import}), in Karibu as the
 * screens are timed: upload (the file is read, every row checked, the first rows previewed), consent stated for
 * the file (every row checked again), import (checked once more, then written in one transaction in the
 * background while the browser polls and the progress bar moves). The screen runs on its own Weld container
 * (ui's ViewFixture has no spreadsheet route) over the same database and CiviCRM directory; polling is simulated
 * every {@value #POLL_MILLIS} ms, finer than the browser's 500 ms, so that the end is seen when it happens.
 */
final class SheetImport {

    private static final long POLL_MILLIS = 50;
    private static final long TIMEOUT_NANOS = 30L * 60 * 1_000_000_000;

    private SheetImport() {
    }

    @SuppressWarnings("unchecked")
    static Result run(TestDatabases.TestDatabase database, PeopleDirectory people, SqlMeter sql, byte[] csv, int rows)
            throws InterruptedException {
        FakeCurrentUser user = new FakeCurrentUser();
        user.signIn("coordinator", 900_001L, Permission.COORDINATOR.key());
        try (KaribuWeld karibu = KaribuWeld.start(Set.of(BuddyDatabase.class, AccessGuard.class, InputValidator.class,
                        AuditTrail.class, IndexOutbox.class, CheckInService.class, SpreadsheetImport.class,
                        SpreadsheetExport.class, BuddyTranslations.class, SpreadsheetTranslations.class),
                Set.of(SpreadsheetView.class), Set.of(AccessDeniedView.class),
                Map.of(CurrentUser.class, user, PeopleDirectory.class, people,
                        HostDatabase.class, new TestHostDatabase(database), Clock.class, Clock.systemUTC()))) {
            long volunteersBefore = people.count(PersonKind.VOLUNTEER);
            UI.getCurrent().navigate(SpreadsheetView.class);
            Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
            MockVaadin.clientRoundtrip();

            sql.start();
            long t0 = System.nanoTime();
            UploadKt._upload(upload, "vrijwilligers.csv", "text/csv", csv);
            MockVaadin.clientRoundtrip();
            long uploaded = System.nanoTime();
            SqlMeter.Sample uploadSql = sql.stop();
            String format = _get(Span.class, spec -> spec.withId("import-format")).getText();
            int problemsBeforeConsent = GridKt._size(_get(Grid.class, spec -> spec.withId("import-errors")));
            Checkbox confirm = _get(Checkbox.class, spec -> spec.withId("import-consent-confirm"));
            MockVaadin.clientRoundtrip();

            sql.start();
            long t1 = System.nanoTime();
            _setValue(confirm, true);
            MockVaadin.clientRoundtrip();
            long confirmed = System.nanoTime();
            SqlMeter.Sample confirmSql = sql.stop();
            Button run = _get(Button.class, spec -> spec.withId("import-run"));
            if (!run.isEnabled()) {
                Grid<RowError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
                throw new IllegalStateException("the sheet cannot be imported: "
                        + GridKt._findAll(errors).stream().limit(5).toList());
            }
            ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("import-progress"));
            MockVaadin.clientRoundtrip();

            sql.startAllThreads();
            long t2 = System.nanoTime();
            _click(run);
            UI ui = UI.getCurrent();
            int moves = 0;
            double shown = progress.getValue();
            long firstMove = 0;
            while (ui.getPollInterval() > 0) {
                if (System.nanoTime() - t2 > TIMEOUT_NANOS) {
                    throw new IllegalStateException("the import did not end within 30 minutes");
                }
                Thread.sleep(POLL_MILLIS);
                MockVaadin.runUIQueue();
                if (progress.getValue() != shown) {
                    shown = progress.getValue();
                    moves++;
                    if (firstMove == 0) {
                        firstMove = System.nanoTime();
                    }
                }
            }
            MockVaadin.clientRoundtrip();
            long done = System.nanoTime();
            SqlMeter.Sample runSql = sql.stop();
            long imported = people.count(PersonKind.VOLUNTEER) - volunteersBefore;
            if (progress.getValue() != 1.0 || imported != rows) {
                throw new IllegalStateException("the import ended with the progress bar at " + progress.getValue()
                        + " and " + imported + " of " + rows + " volunteers registered");
            }
            return new Result(rows, format, problemsBeforeConsent, seconds(uploaded - t0), seconds(confirmed - t1),
                    seconds(done - t2), firstMove == 0 ? Double.NaN : seconds(firstMove - t2), moves, uploadSql,
                    confirmSql, runSql,
                    volunteersBefore);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * @param problemsBeforeConsent rows refused until the coordinator states consent for the file
     * @param firstMoveSeconds      from the click until the progress bar first moved, NaN when the file was small
     *                              enough to import within the click's request
     * @param progressMoves         how often the progress bar changed while the browser polled
     */
    record Result(int rows, String format, int problemsBeforeConsent, double uploadSeconds, double consentSeconds,
                  double importSeconds, double firstMoveSeconds, int progressMoves, SqlMeter.Sample uploadSql,
                  SqlMeter.Sample consentSql, SqlMeter.Sample importSql, long volunteersBefore) {

        double totalSeconds() {
            return uploadSeconds + consentSeconds + importSeconds;
        }
    }
}
