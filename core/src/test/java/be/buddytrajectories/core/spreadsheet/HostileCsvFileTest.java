package be.buddytrajectories.core.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.testing.HostileInput.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Files of the hostile corpus read as CSV, and hostile cells written by the export's CSV writer. */
class HostileCsvFileTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void latin1AndUtf16WithByteOrderMarkAreReadAsTheTextTheyHold() {
        CsvTable latin1 = CsvTable.read(file("Latin-1 café"));
        CsvTable utf16 = CsvTable.read(file("UTF-16LE with BOM"));

        assertThat(latin1.format().encodingName()).isEqualTo("windows-1252");
        assertThat(utf16.format().encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        for (CsvTable table : List.of(latin1, utf16)) {
            assertThat(table.header()).containsExactly("name", "town");
            assertThat(table.cell(0, 0)).isEqualTo("café");
            assertThat(table.format().separator()).isEqualTo(';');
        }
    }

    @Test
    void utf8WithABrokenSequenceIsRefusedWithTheLineInsteadOfReadGarbled() {
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
                () -> CsvTable.read(file("invalid UTF-8 next to valid")));

        assertThat(refused.message(Locale.ENGLISH)).isEqualTo(
                "The file is UTF-8 with broken characters from line 3 on. Save it again as CSV UTF-8 and try again.");
        assertReadable(refused);
    }

    @Test
    void aWindows1252FileWithOneUtf8LookalikeAmongItsAccentsIsStillReadAsWindows1252() {
        // "É°" is C9 B0 in Windows-1252, which is also a well-formed UTF-8 character.
        byte[] bytes = "naam;opmerking\nNoël;François É° bij Céline\n".getBytes(CsvFormat.WINDOWS_1252);

        CsvTable table = CsvTable.read(bytes);

        assertThat(table.format().encodingName()).isEqualTo("windows-1252");
        assertThat(table.cell(0, 1)).isEqualTo("François É° bij Céline");
    }

    @Test
    void bytesWindows1252DoesNotDefineAreRefused() {
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
                () -> CsvTable.read(HostileInput.bytes("name;town\nab", 0x81, 0x8D, '\n')));

        assertThat(refused.message(Locale.ENGLISH)).contains("neither UTF-8 nor Windows-1252");
        assertReadable(refused);
    }

    static Stream<Value<byte[]>> binaryFiles() {
        return HostileInput.FILES.stream().filter(f -> f.name().equals("binary junk") || f.name().contains("zip"));
    }

    @ParameterizedTest
    @MethodSource("binaryFiles")
    void binaryDataIsRefusedAsNoTextFile(Value<byte[]> binary) {
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
                () -> CsvTable.read(binary.value()));

        assertThat(refused.message(Locale.ENGLISH)).startsWith("This is not a CSV text file");
        assertReadable(refused);
    }

    @Test
    void aNulInsideACellMakesTheFileBinaryEvenInUtf8() {
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
                () -> CsvTable.read("name;town\nAli\u0000ce;Gent\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.message(DUTCH)).startsWith("Dit is geen CSV-tekstbestand");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
                () -> CsvTable.read(file("empty")));

        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("The file has no header line with column names.");
        assertReadable(refused);
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsCountedEmptyOnesIncluded() {
        CsvTable table = CsvTable.read("a;b\n1;2\n1;2;3\n1;2;;\n1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(List.of(table.cellsBeyondHeader(0), table.cellsBeyondHeader(1), table.cellsBeyondHeader(2),
                table.cellsBeyondHeader(3))).containsExactly(0, 1, 2, 0);
        assertThat(table.cell(3, 1)).isEmpty();
    }

    @Test
    void everyHostileCellIsWrittenInertAndReadsBackAsItWas() {
        List<String> cells = new ArrayList<>();
        // A NUL or half a character is refused where text comes in, so an export never meets one.
        HostileInput.texts().stream().filter(v -> !v.name().equals("NUL") && !v.name().equals("lone surrogate"))
                .map(Value::value).forEach(cells::add);
        cells.addAll(List.of("\tTAB", "\rCR", "=1+1", "+1", "-1", "@A1"));

        CsvWriter writer = new CsvWriter().line(List.of("row", "value"));
        for (int i = 0; i < cells.size(); i++) {
            writer.line(List.of(Integer.toString(i), cells.get(i)));
        }
        CsvTable table = CsvTable.read(writer.bytes());

        assertThat(table.size()).isEqualTo(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String written = table.cell(i, 1);
            boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
            assertThat(written).as(cell).startsWith(formula ? "'" : "");
            assertThat(RowReader.cleaned(written)).as(cell).isEqualTo(cell.strip());
        }
    }

    private static byte[] file(String name) {
        return HostileInput.FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    private static void assertReadable(SpreadsheetException refused) {
        String dutch = refused.message(DUTCH);
        String english = refused.message(Locale.ENGLISH);
        assertThat(dutch).isNotEqualTo(english);
        for (String message : List.of(dutch, english)) {
            assertThat(HostileInput.looksLikeStackTrace(message)).as(message).isFalse();
        }
    }
}
