package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.BUDDY_HEADER;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.buddyRow;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.byEmail;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.csv;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.importAll;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.newcomersFile;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.tag;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadsheetExportIT extends FixturePerKind {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anExportReImportsToTheSameData(TestDatabases.Kind kind) throws Exception {
        try (CoreFixture original = new CoreFixture(kind); CoreFixture copy = new CoreFixture(kind)) {
            original.signInCoordinator();
            copy.signInCoordinator();
            String tag = tag();
            importAll(original, SpreadsheetKind.BUDDIES, csv(BUDDY_HEADER + "\n"
                    + buddyRow("Zoë", "Claes", "zoe." + tag + "@example.org").replace("Ik woon in Gent.",
                    "\"Ik zeg \"\"hallo\"\";\nen =fiets\"") + "\n"
                    + buddyRow("محمد", "الحداد", "mohammed." + tag + "@example.org") + "\n"));
            importAll(original, SpreadsheetKind.NEWCOMERS, csv(newcomersFile(tag)));
            importAll(original, SpreadsheetKind.DUOS, csv("Newcomer,Buddy,Start date,Status,Pause reason,End reason\n"
                    + "francois." + tag + "@example.org,zoe." + tag + "@example.org,2026-02-01,ACTIVE,,\n"
                    + "noelle." + tag + "@example.org,\"zoe." + tag + "@example.org, mohammed." + tag
                    + "@example.org\",2026-01-10,PAUSED,examens,\n"
                    + "noelle." + tag + "@example.org,mohammed." + tag + "@example.org,2025-06-01,CLOSED,,MOVED\n"));

            for (SpreadsheetKind spreadsheet : SpreadsheetKind.values()) {
                byte[] exported = original.bean(SpreadsheetExport.class).export(spreadsheet);
                CsvTable table = CsvTable.read(exported);
                assertThat(importAll(copy, spreadsheet, table)).isEqualTo(spreadsheet == SpreadsheetKind.BUDDIES
                        || spreadsheet == SpreadsheetKind.NEWCOMERS ? 2 : 3);
                assertThat(new String(copy.bean(SpreadsheetExport.class).export(spreadsheet), StandardCharsets.UTF_8))
                        .isEqualTo(new String(exported, StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void exportedCellsAFormulaCouldStartWithAreNeutralisedButStoredAsWritten(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        String tag = tag();
        String row = buddyRow("=cmd", "+Claes", "eva." + tag + "@example.org")
                .replace("\"voetbal, koken\"", "\"@thuis, koken\"")
                .replace("Ik woon in Gent.", "\"-2+3 =HYPERLINK(\"\"http://evil\"\")\"");
        importAll(f, SpreadsheetKind.BUDDIES, csv(BUDDY_HEADER + "\n" + row + "\n"));
        long eva = byEmail(f, PersonKind.VOLUNTEER, "eva." + tag + "@example.org").orElseThrow().id();

        CsvTable exported = CsvTable.read(f.bean(SpreadsheetExport.class).export(SpreadsheetKind.BUDDIES));

        int index = IntStream.range(0, exported.size())
                .filter(i -> exported.cell(i, 2).equals("eva." + tag + "@example.org")).findFirst().orElseThrow();
        assertThat(exported.cell(index, 0)).isEqualTo("'=cmd");
        assertThat(exported.cell(index, 1)).isEqualTo("'+Claes");
        assertThat(exported.cell(index, 3)).isEqualTo("'+32 470 12 34 56");
        assertThat(exported.cell(index, SpreadsheetKind.BUDDIES.fields().indexOf(Field.INTERESTS)))
                .isEqualTo("'@thuis, koken");
        assertThat(exported.cell(index, SpreadsheetKind.BUDDIES.fields().indexOf(Field.ABOUT)))
                .isEqualTo("'-2+3 =HYPERLINK(\"http://evil\")");
        assertThat(f.bean(BuddyProfileService.class).find(eva).orElseThrow().about())
                .contains("-2+3 =HYPERLINK(\"http://evil\")");
        assertThat(f.people.find(eva).orElseThrow().firstName()).isEqualTo("=cmd");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anExportIsAuditedWithItsKindAndSize(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        f.signInCoordinator();
        importAll(f, SpreadsheetKind.NEWCOMERS, csv(newcomersFile(tag())));
        int newcomers = f.queryInt("select count(*) from buddy_newcomer_intake");

        f.bean(SpreadsheetExport.class).export(SpreadsheetKind.NEWCOMERS);

        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).recent(1)).singleElement().satisfies((AuditEntry entry) -> {
            assertThat(entry.action()).isEqualTo(AuditAction.EXPORT_PERSON);
            assertThat(entry.detail()).contains("spreadsheet export of newcomers: " + newcomers + " rows");
        });
    }
}
