package be.buddytrajectories.ui.spreadsheet;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission.Keys;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.spreadsheet.ColumnMapping;
import be.buddytrajectories.core.spreadsheet.CsvTable;
import be.buddytrajectories.core.spreadsheet.Field;
import be.buddytrajectories.core.spreadsheet.ImportPlan;
import be.buddytrajectories.core.spreadsheet.ImportRefusedException;
import be.buddytrajectories.core.spreadsheet.Preview;
import be.buddytrajectories.core.spreadsheet.RowError;
import be.buddytrajectories.core.spreadsheet.SpreadsheetException;
import be.buddytrajectories.core.spreadsheet.SpreadsheetExport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetImport;
import be.buddytrajectories.core.spreadsheet.SpreadsheetKind;
import be.buddytrajectories.hostapi.RequiresPermission;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Import of a spreadsheet (CSV) of buddies, newcomers or existing duos: choose the kind, upload, check the
 * detected encoding and separator and the column mapping in a preview, read every row's problems, and import the
 * file when it has none. A sheet without consent columns gets its consent stated once for the file by the
 * coordinator. Large files import in the background with a progress bar. Below, each kind exports.
 */
@Route(SpreadsheetView.ROUTE)
@RequiresPermission({Keys.COORDINATOR, Keys.ADMIN})
public class SpreadsheetView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "buddy/import";
    /** Larger than any programme's spreadsheet, small enough to hold in memory. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    /** From this many rows the import runs in the background and the progress bar moves. */
    static final int BACKGROUND_ROWS = 500;
    private static final int POLL_MILLIS = 500;

    private final SpreadsheetImport spreadsheets;
    private final Select<SpreadsheetKind> kind = new Select<>();
    private final Span format = new Span();
    private final FlexLayout mapping = new FlexLayout();
    private final Grid<Preview.PreviewRow> preview = new Grid<>();
    private final Span verdict = new Span();
    private final Grid<RowError> errors = new Grid<>();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Clock clock;
    private final FileConsent fileConsent;
    private CsvTable table;
    private Preview current;

    @Inject
    public SpreadsheetView(AccessGuard access, SpreadsheetImport spreadsheets, SpreadsheetExport exports,
                           Clock clock) {
        access.requireAny("spreadsheet.view", Permission.COORDINATOR, Permission.ADMIN);
        this.spreadsheets = spreadsheets;
        this.clock = clock;
        this.fileConsent = new FileConsent(LocalDate.now(clock),
                consent -> refresh(consent.applyTo(current.mapping())));
        setId("import");
        kind.setId("import-kind");
        kind.setLabel(t("buddy.spreadsheet.kind"));
        kind.setItems(SpreadsheetKind.values());
        kind.setItemLabelGenerator(k -> t("buddy.spreadsheet.kind." + k.name()));
        kind.setValue(SpreadsheetKind.BUDDIES);
        kind.addValueChangeListener(e -> restart());
        format.setId("import-format");
        mapping.setId("import-mapping");
        mapping.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        mapping.getStyle().set("gap", "var(--lumo-space-s)");
        preview.setId("import-preview");
        preview.setAllRowsVisible(true);
        verdict.setId("import-verdict");
        errors.setId("import-errors");
        errors.addColumn(RowError::row).setHeader(t("buddy.spreadsheet.row")).setKey("row").setAutoWidth(true);
        errors.addColumn(e -> e.field() == null ? "" : e.field().header(locale()))
                .setHeader(t("buddy.spreadsheet.field")).setKey("field").setAutoWidth(true);
        errors.addColumn(RowError::message).setHeader(t("buddy.spreadsheet.problem")).setKey("message")
                .setFlexGrow(1);
        errors.setAllRowsVisible(true);
        run.setText(t("buddy.spreadsheet.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runImport());
        progress.setId("import-progress");
        progress.setWidth("min(24em, 100%)");
        add(new H2(t("buddy.spreadsheet.title")), new HorizontalLayout(kind, upload()), format, mapping, fileConsent,
                preview, verdict, errors, new HorizontalLayout(run, progress), new H3(t("buddy.spreadsheet.export")),
                exports(exports));
        refresh(null);
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.addFileRejectedListener(e -> Problems.showText(t("buddy.spreadsheet.rejected",
                MAX_BYTES / (1024 * 1024))));
        upload.setUploadButton(new Button(t("buddy.spreadsheet.upload")));
        return upload;
    }

    /** Runs with the UI locked, once the whole file is in memory. */
    private void received(byte[] bytes) {
        try {
            table = CsvTable.read(bytes);
            restart();
        } catch (SpreadsheetException unreadable) {
            table = null;
            restart();
            Problems.showText(unreadable.message(locale()));
        }
    }

    /** A new file or kind: the default mapping, and no consent stated for the file yet. */
    private void restart() {
        fileConsent.clear(LocalDate.now(clock));
        refresh(null);
    }

    /** Checks the file again under {@code columns}, or under the default mapping of the chosen kind when null. */
    private void refresh(ColumnMapping columns) {
        current = table == null ? null : spreadsheets.preview(kind.getValue(), table, columns, PREVIEW_ROWS);
        progress.setValue(0);
        showFormat();
        showMapping();
        fileConsent.setVisible(current != null && FileConsent.neededFor(current.kind(), current.mapping()));
        showPreview();
        showErrors();
        run.setEnabled(current != null && current.importable());
    }

    private void showFormat() {
        format.setVisible(current != null);
        if (current != null) {
            format.setText(t("buddy.spreadsheet.format", current.format().encodingName(),
                    t(current.format().separator() == ';' ? "buddy.spreadsheet.semicolon" : "buddy.spreadsheet.comma"),
                    Formats.integer(this, current.totalRows())));
        }
    }

    private void showMapping() {
        mapping.removeAll();
        if (current == null) {
            return;
        }
        List<String> header = current.header();
        for (int column = 0; column < header.size(); column++) {
            int index = column;
            Select<Field> select = new Select<>();
            select.setId("import-mapping-" + column);
            select.setLabel(header.get(column));
            select.setItems(current.kind().fields());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(t("buddy.spreadsheet.ignore"));
            select.setItemLabelGenerator(f -> f == null ? t("buddy.spreadsheet.ignore") : f.header(locale()));
            select.setValue(current.mapping().fieldAt(column).orElse(null));
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    refresh(current.mapping().with(index, e.getValue()));
                }
            });
            mapping.add(select);
        }
    }

    private void showPreview() {
        preview.removeAllColumns();
        preview.setVisible(current != null);
        if (current == null) {
            return;
        }
        preview.addColumn(Preview.PreviewRow::row).setHeader(t("buddy.spreadsheet.row")).setKey("row")
                .setAutoWidth(true);
        for (int column = 0; column < current.header().size(); column++) {
            current.mapping().fieldAt(column).ifPresent(field -> preview
                    .addColumn(row -> row.values().getOrDefault(field, "")).setHeader(field.header(locale()))
                    .setKey(field.name()).setAutoWidth(true));
        }
        preview.setItems(current.rows());
    }

    private void showErrors() {
        List<RowError> all = current == null ? List.of() : current.errors();
        errors.setItems(all);
        errors.setVisible(!all.isEmpty());
        verdict.setVisible(current != null);
        verdict.setText(all.isEmpty() ? t("buddy.spreadsheet.noErrors")
                : t("buddy.spreadsheet.errors", Formats.integer(this, all.size())));
    }

    private void runImport() {
        ImportPlan plan;
        try {
            plan = spreadsheets.prepare(kind.getValue(), table, current.mapping());
        } catch (ImportRefusedException refused) {
            // the data changed since the preview (e.g. someone registered the same buddy): show why
            refresh(current.mapping());
            return;
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
            return;
        }
        run.setEnabled(false);
        kind.setEnabled(false);
        if (plan.rows() < BACKGROUND_ROWS) {
            try {
                done(plan.run((done, total) -> progress.setValue(done / (double) total)));
            } catch (RuntimeException failure) {
                failed(failure);
            }
        } else {
            inBackground(plan);
        }
    }

    /** The import's transaction runs outside the request; polling brings its progress to the browser. */
    private void inBackground(ImportPlan plan) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> plan.run((done, total) -> {
            if (done % 50 == 0 || done == total) {
                ui.access(() -> progress.setValue(done / (double) total));
            }
        })).whenComplete((rows, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (failure != null) {
                failed(failure.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException(failure));
            } else {
                done(rows);
            }
        }));
    }

    private void done(int rows) {
        progress.setValue(1);
        kind.setEnabled(true);
        table = null;
        current = null;
        fileConsent.setVisible(false);
        showFormat();
        showMapping();
        showPreview();
        showErrors();
        Problems.confirm(t("buddy.spreadsheet.done", Formats.integer(this, rows)));
    }

    private void failed(RuntimeException failure) {
        kind.setEnabled(true);
        run.setEnabled(current != null && current.importable());
        progress.setValue(0);
        Problems.show(this, failure);
    }

    private HorizontalLayout exports(SpreadsheetExport exports) {
        HorizontalLayout links = new HorizontalLayout();
        for (SpreadsheetKind each : SpreadsheetKind.values()) {
            StreamResource csv = new StreamResource(t("buddy.spreadsheet.fileName." + each.name()),
                    () -> new ByteArrayInputStream(exports.export(each)));
            csv.setContentType("text/csv; charset=UTF-8");
            Anchor link = new Anchor(csv, t("buddy.spreadsheet.export." + each.name()));
            link.setId("export-" + each.name().toLowerCase(Locale.ROOT));
            link.getElement().setAttribute("download", true);
            links.add(link);
        }
        return links;
    }

    private Locale locale() {
        return Formats.locale(this);
    }

    private String t(String key, Object... parameters) {
        return getTranslation(key, parameters);
    }

    @Override
    public String getPageTitle() {
        return t("buddy.spreadsheet.title");
    }
}
