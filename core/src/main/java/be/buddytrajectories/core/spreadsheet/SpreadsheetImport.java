package be.buddytrajectories.core.spreadsheet;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.core.validation.BuddyValidation;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports a CSV file of buddies, newcomers or existing duos, all or nothing: every row is checked first (the
 * columns, each value, Bean Validation of the core input, the rules of the services) and with a single error
 * nothing is written; a good file is written by its {@link ImportPlan}.
 */
@ApplicationScoped
public class SpreadsheetImport {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final PeopleDirectory people;
    private final Event<DuoStarted> duoStarted;
    private final Clock clock;
    private final Validator validator;
    private final AuditTrail audit;

    @Inject
    public SpreadsheetImport(BuddyDatabase database, AccessGuard access, PeopleDirectory people,
                             Event<DuoStarted> duoStarted, Clock clock, CurrentUser user, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.people = people;
        this.duoStarted = duoStarted;
        this.clock = clock;
        this.validator = BuddyValidation.factory(user::locale).getValidator();
    }

    /**
     * The file under {@code mapping} (the default mapping when null): its first {@code rows} rows and the errors
     * of all of them.
     */
    public Preview preview(SpreadsheetKind kind, CsvTable table, ColumnMapping mapping, int rows) {
        access.requireAny("spreadsheet.preview", Permission.COORDINATOR, Permission.ADMIN);
        ColumnMapping columns = mapping != null ? mapping : ColumnMapping.recognise(kind, table.header());
        Checked checked = check(kind, table, columns);
        List<Preview.PreviewRow> first = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, table.size()); i++) {
            first.add(new Preview.PreviewRow(CsvTable.rowNumber(i), RowReader.values(table, i, columns)));
        }
        return new Preview(kind, table.format(), table.header(), columns, first, table.size(), checked.errors);
    }

    /**
     * Checks every row and returns the import ready to run, which a screen may run in the background: running it
     * needs no signed-in user any more, since the permission was checked here.
     *
     * @throws ImportRefusedException when any row has an error
     */
    public ImportPlan prepare(SpreadsheetKind kind, CsvTable table, ColumnMapping mapping) {
        access.requireAny("spreadsheet.import", Permission.COORDINATOR, Permission.ADMIN);
        Checked checked = check(kind, table, mapping);
        if (!checked.errors.isEmpty()) {
            throw new ImportRefusedException(checked.errors);
        }
        if (checked.rows.isEmpty()) {
            throw new ImportRefusedException(List.of(new RowError(1, null, text("spreadsheet.file.empty"))));
        }
        return new ImportPlan(kind, checked.rows, mapping.stated(), database, people, duoStarted, audit,
                access.user().personId().orElse(null));
    }

    private Checked check(SpreadsheetKind kind, CsvTable table, ColumnMapping mapping) {
        Locale locale = access.user().locale();
        List<RowError> errors = new ArrayList<>(columnErrors(kind, mapping, locale));
        List<PlannedRow> rows = new ArrayList<>();
        if (!errors.isEmpty()) {
            // The mapping must be fixed first, but shifted rows are named now: they are the file's fault.
            for (int i = 0; i < table.size(); i++) {
                errors.addAll(shapeErrors(table, i, mapping, locale).errors());
            }
            return new Checked(rows, errors);
        }
        LocalDate today = LocalDate.now(clock);
        database.runInTransaction(em -> {
            Reading reading = new Reading(em, people, validator, locale, today);
            ProgrammeSettings settings = ProgrammeSettings.load(em);
            for (int i = 0; i < table.size(); i++) {
                RowReader row = shapeErrors(table, i, mapping, locale);
                PlannedRow planned = switch (kind) {
                    case BUDDIES -> BuddyRows.plan(row, reading);
                    case NEWCOMERS -> NewcomerRows.plan(row, reading);
                    case DUOS -> DuoRows.plan(row, reading, settings.plannedDurationMonths(), settings.hoursTarget());
                };
                errors.addAll(row.errors());
                if (planned != null) {
                    rows.add(planned);
                }
            }
        });
        return new Checked(rows, errors);
    }

    /** The reader of a row, with an error when the row has more cells than the header has columns. */
    private static RowReader shapeErrors(CsvTable table, int index, ColumnMapping mapping, Locale locale) {
        RowReader row = RowReader.of(table, index, mapping, locale);
        if (table.cellsBeyondHeader(index) > 0) {
            row.error(null, "spreadsheet.row.tooManyCells", table.header().size());
        }
        return row;
    }

    /** A required field no column holds, or a field two columns hold: the mapping must be fixed first. */
    private static List<RowError> columnErrors(SpreadsheetKind kind, ColumnMapping mapping, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        kind.required().stream().filter(f -> !mapping.supplies(f)).sorted().forEach(f -> errors.add(new RowError(1, f,
                SpreadsheetMessages.text("spreadsheet.column.missing", locale, f.header(locale)))));
        mapping.duplicates().forEach(f -> errors.add(new RowError(1, f,
                SpreadsheetMessages.text("spreadsheet.column.twice", locale, f.header(locale)))));
        return errors;
    }

    private String text(String key) {
        return SpreadsheetMessages.text(key, access.user().locale());
    }

    private record Checked(List<PlannedRow> rows, List<RowError> errors) {
    }
}
