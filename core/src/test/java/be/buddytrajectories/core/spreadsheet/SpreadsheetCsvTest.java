package be.buddytrajectories.core.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void utf8WithAndWithoutByteOrderMarkIsReadAsUtf8WithCommas() {
        byte[] plain = "Voornaam,Achternaam\nZoë,محمد\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + "Voornaam,Achternaam\nZoë,محمد\n").getBytes(StandardCharsets.UTF_8);

        for (byte[] bytes : List.of(plain, withBom)) {
            CsvTable table = CsvTable.read(bytes);
            assertThat(table.format().encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(table.format().separator()).isEqualTo(',');
            assertThat(table.header()).containsExactly("Voornaam", "Achternaam");
            assertThat(table.cell(0, 0)).isEqualTo("Zoë");
            assertThat(table.cell(0, 1)).isEqualTo("محمد");
        }
    }

    @Test
    void bytesThatAreNoValidUtf8AreReadAsWindows1252WithSemicolons() {
        byte[] bytes = "Voornaam;Achternaam\nFrançois;Noël\n".getBytes(CsvFormat.WINDOWS_1252);

        CsvTable table = CsvTable.read(bytes);

        assertThat(table.format().encodingName()).isEqualTo("windows-1252");
        assertThat(table.format().separator()).isEqualTo(';');
        assertThat(table.cell(0, 0)).isEqualTo("François");
        assertThat(table.cell(0, 1)).isEqualTo("Noël");
    }

    @Test
    void theSeparatorComesFromTheHeaderLineNotFromTheData() {
        assertThat(CsvFormat.separatorOf("a;b;c\n1,5;2,5;3,5,4,5,6")).isEqualTo(';');
        assertThat(CsvFormat.separatorOf("\"x;y\",b\n")).isEqualTo(',');
    }

    @Test
    void quotedCellsHoldSeparatorsDoubledQuotesAndLineBreaksAndRowsAreNumberedAsRecords() {
        String text = "Name,About,Interests\r\n"
                + "\"Claes, An\",\"She said \"\"hi\"\"\nand left\",\"a,b\"\r\n"
                + "Bert,,\n"
                + "\n";

        CsvTable table = CsvTable.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.cell(0, 0)).isEqualTo("Claes, An");
        assertThat(table.cell(0, 1)).isEqualTo("She said \"hi\"\nand left");
        assertThat(table.cell(0, 2)).isEqualTo("a,b");
        assertThat(table.cell(1, 0)).isEqualTo("Bert");
        assertThat(table.cell(1, 2)).isEmpty();
        assertThat(CsvTable.rowNumber(1)).isEqualTo(3);
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedWithItsLine() {
        byte[] bytes = "Name,About\nAn,\"open\nstill open\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.read(bytes))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("A quoted cell that starts on line 2 is never closed."));
    }

    @Test
    void aFileWithoutHeaderIsRefused() {
        assertThatThrownBy(() -> CsvTable.read(new byte[0])).isInstanceOf(SpreadsheetException.class);
    }

    @Test
    void cellsAFormulaCouldStartWithAreNeutralisedAndReadBackAsTheyWere() {
        for (String dangerous : List.of("=1+2", "+32 470", "-5", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvWriter.neutralised(dangerous)).isEqualTo("'" + dangerous);
            assertThat(RowReader.cleaned(CsvWriter.neutralised(dangerous)).strip()).isEqualTo(dangerous.strip());
        }
        assertThat(CsvWriter.neutralised("Gent")).isEqualTo("Gent");
        assertThat(RowReader.cleaned("'t Stad")).isEqualTo("'t Stad");
    }

    @Test
    void writtenCsvReadsBackCellForCell() {
        List<String> cells = List.of("Claes; An", "say \"hi\"", "two\nlines", "=cmd", "");
        byte[] bytes = new CsvWriter().line(List.of("a", "b", "c", "d", "e")).line(cells).bytes();

        CsvTable table = CsvTable.read(bytes);

        assertThat(table.format().byteOrderMark()).isTrue();
        assertThat(table.format().separator()).isEqualTo(';');
        assertThat(List.of(table.cell(0, 0), table.cell(0, 1), table.cell(0, 2), table.cell(0, 3), table.cell(0, 4)))
                .containsExactly("Claes; An", "say \"hi\"", "two\nlines", "'=cmd", "");
    }

    @Test
    void theDefaultMappingRecognisesDutchAndEnglishHeadersAndTheCallerCanOverrideIt() {
        ColumnMapping mapping = ColumnMapping.recognise(SpreadsheetKind.BUDDIES,
                List.of("Voornaam", "LAST NAME", "e-mailadres", "Gemeente", "Coördinaten?", "Talen"));

        assertThat(mapping.fieldAt(0)).contains(Field.FIRST_NAME);
        assertThat(mapping.fieldAt(1)).contains(Field.LAST_NAME);
        assertThat(mapping.fieldAt(2)).contains(Field.EMAIL);
        assertThat(mapping.fieldAt(3)).contains(Field.MUNICIPALITY);
        assertThat(mapping.fieldAt(4)).isEmpty();
        assertThat(mapping.with(4, Field.LATITUDE).fieldAt(4)).contains(Field.LATITUDE);
        assertThat(mapping.with(0, null).fieldAt(0)).isEmpty();
    }
}
