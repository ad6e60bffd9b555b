package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.BUDDY_HEADER;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.byEmail;
import static be.buddytrajectories.core.spreadsheet.SpreadsheetImportIT.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.testing.HostileInput.Value;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Buddies files with the hostile corpus in one column at a time: the rows that must be refused are named with their
 * problem and nothing of the file is written; the others import and read back as written. Also files that are
 * broken as a whole. On H2 only: what is refused is decided before anything is written.
 */
class HostileSpreadsheetImportIT extends FixturePerKind {

    private static final TestDatabases.Kind KIND = TestDatabases.Kind.H2;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<String> COLUMNS = Arrays.asList(BUDDY_HEADER.split(","));
    /** A NUL makes the whole file binary, tested on its own; a lone surrogate cannot be written as UTF-8 at all. */
    private static final Set<String> NOT_IN_A_CELL = Set.of("NUL", "lone surrogate");

    /**
     * @param column    the header of the column the corpus goes into
     * @param limit     its length limit
     * @param multiLine whether line breaks and tabs are welcome in it
     * @param required  whether an empty cell is refused
     */
    @ParameterizedTest
    @CsvSource({"First name, 100, false, true", "Phone, 40, false, false", "Municipality, 80, false, true",
            "About, 2000, true, false"})
    void eachHostileCellIsRefusedOnItsRowWithNothingWrittenOrImportedAsWritten(String column, int limit,
                                                                              boolean multiLine, boolean required) {
        CoreFixture f = fixture(KIND);
        f.signInCoordinator();
        List<Value<String>> corpus = HostileInput.texts().stream().filter(v -> !NOT_IN_A_CELL.contains(v.name()))
                .toList();
        String tag = tag();
        Map<Integer, Value<String>> byRow = new LinkedHashMap<>();
        Set<Integer> mustRefuse = new TreeSet<>();
        StringBuilder file = new StringBuilder(BUDDY_HEADER).append('\n');
        for (Value<String> value : corpus) {
            int row = byRow.size() + CsvTable.FIRST_DATA_ROW;
            byRow.put(row, value);
            file.append(row(column, value.value(), "r" + row + "." + tag + "@example.org")).append('\n');
            String cell = value.value().strip();
            boolean lineBreaks = HostileInput.LINE_BREAKS.contains(value) && !multiLine;
            if (HostileInput.CONTROL.contains(value) || lineBreaks || cell.length() > limit
                    || required && cell.isEmpty()) {
                mustRefuse.add(row);
            }
        }
        Map<String, Integer> before = rowCounts(f);
        long people = f.people.count(PersonKind.VOLUNTEER);

        f.user.speaking(Locale.ENGLISH);
        ImportRefusedException english = catchThrowableOfType(ImportRefusedException.class,
                () -> importAll(f, file.toString()));
        f.user.speaking(DUTCH);
        ImportRefusedException dutch = catchThrowableOfType(ImportRefusedException.class,
                () -> importAll(f, file.toString()));

        assertThat(english.errors()).extracting(RowError::row).as(column).containsOnlyElementsOf(mustRefuse)
                .containsAll(mustRefuse);
        for (RowError error : english.errors()) {
            assertThat(error.field()).as("%s row %d", column, error.row()).isNotNull();
            assertThat(error.field().header(Locale.ENGLISH)).isEqualTo(column);
            assertThat(HostileInput.looksLikeStackTrace(error.message())).as(error.message()).isFalse();
        }
        assertThat(dutch.errors()).extracting(RowError::message)
                .doesNotContainAnyElementsOf(english.errors().stream().map(RowError::message).toList());
        assertThat(rowCounts(f)).as("nothing of a refused file is written").isEqualTo(before);
        assertThat(f.people.count(PersonKind.VOLUNTEER)).isEqualTo(people);

        StringBuilder good = new StringBuilder(BUDDY_HEADER).append('\n');
        byRow.forEach((row, value) -> {
            if (!mustRefuse.contains(row)) {
                good.append(row(column, value.value(), "ok" + row + "." + tag + "@example.org")).append('\n');
            }
        });
        assertThat(importAll(f, good.toString())).isEqualTo(corpus.size() - mustRefuse.size());
        byRow.forEach((row, value) -> {
            if (!mustRefuse.contains(row)) {
                assertThat(stored(f, column, "ok" + row + "." + tag + "@example.org")).as("%s %s", column, value)
                        .isEqualTo(value.value().strip().isEmpty() ? null : value.value().strip());
            }
        });
        System.out.printf("hostile import column %s: %d tried, %d refused, %d stored%n", column, corpus.size(),
                mustRefuse.size(), corpus.size() - mustRefuse.size());
    }

    @Test
    void fileEncodingsOfTheCorpusImportAsTextOrAreRefusedAsAWholeWithNothingWritten() {
        CoreFixture f = fixture(KIND);
        f.signInCoordinator();
        String tag = tag();
        Map<String, Integer> before = rowCounts(f);
        String latin1 = BUDDY_HEADER + "\n" + row("About", "café in de Vlaamse kaai", "l1." + tag + "@example.org");
        String utf16 = BUDDY_HEADER + "\n" + row("About", "مرحبا café", "u16." + tag + "@example.org");

        int imported = importAll(f, CsvTable.read(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                + importAll(f, CsvTable.read(HostileInput.utf16(utf16)));

        assertThat(imported).isEqualTo(2);
        assertThat(stored(f, "About", "l1." + tag + "@example.org")).isEqualTo("café in de Vlaamse kaai");
        assertThat(stored(f, "About", "u16." + tag + "@example.org")).isEqualTo("مرحبا café");
        Map<String, Integer> afterGood = rowCounts(f);
        assertThat(afterGood).isNotEqualTo(before);
        byte[] broken = HostileInput.bytes(BUDDY_HEADER + "\n" + row("About", "café", "b." + tag + "@example.org")
                + "\n", 0xC3, 0x28, '\n');
        SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> CsvTable.read(broken));
        assertThat(refused.message(Locale.ENGLISH)).contains("line 3");
        assertThat(rowCounts(f)).isEqualTo(afterGood);
    }

    @Test
    void tooManyOrTooFewCellsAHeaderOnlyFileAndAnEmptyFileAreRefusedWithClearMessages() {
        CoreFixture f = fixture(KIND);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        String tag = tag();
        Map<String, Integer> before = rowCounts(f);
        String file = BUDDY_HEADER + "\n" + row("About", "fine", "a." + tag + "@example.org") + "\n"
                + row("About", "x", "b." + tag + "@example.org").replace("\"x\"", "Gent, Oost-Vlaanderen") + "\n"
                + "Eva,Claes,c." + tag + "@example.org\n";

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class, () -> importAll(f, file));
        ImportRefusedException headerOnly = catchThrowableOfType(ImportRefusedException.class,
                () -> importAll(f, BUDDY_HEADER + "\n"));

        assertThat(refused.errors()).filteredOn(e -> e.row() == 3).extracting(RowError::message)
                .contains("This row has more cells than the header's 18 columns: put a value that holds the "
                        + "separator between double quotes.");
        assertThat(refused.errors()).filteredOn(e -> e.row() == 4).extracting(RowError::message)
                .contains("\"Municipality\" is empty.", "\"Languages\" is empty.");
        assertThat(refused.errors()).extracting(RowError::row).doesNotContain(2);
        assertThat(headerOnly.errors()).extracting(RowError::message).containsExactly("The file has no data rows.");
        assertThat(catchThrowableOfType(SpreadsheetException.class, () -> CsvTable.read(new byte[0]))
                .message(Locale.ENGLISH)).isEqualTo("The file has no header line with column names.");
        assertThat(rowCounts(f)).isEqualTo(before);
        f.user.speaking(DUTCH);
    }

    /** A good buddy row of {@link SpreadsheetImportIT#BUDDY_HEADER} with {@code value} in {@code column}. */
    @Test
    void anUnquotedListThatPushesAnEmptyLastCellOutOfTheHeaderIsNamedEvenWhenAColumnIsMissing() {
        CoreFixture f = fixture(KIND);
        f.signInCoordinator();
        f.user.speaking(Locale.ENGLISH);
        String tag = tag();
        Map<String, Integer> before = rowCounts(f);
        String shifted = row("Consent date", "", "b." + tag + "@example.org")
                .replace("\"nl:NATIVE, fr:vloeiend\"", "nl:NATIVE,fr:vloeiend");
        String file = BUDDY_HEADER + "\n" + row("About", "fine", "a." + tag + "@example.org") + "\n" + shifted + "\n";
        String withoutFirstNames = file.lines().map(line -> line.substring(line.indexOf(',') + 1))
                .collect(Collectors.joining("\n"));

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class, () -> importAll(f, file));
        ImportRefusedException columnMissing = catchThrowableOfType(ImportRefusedException.class,
                () -> importAll(f, withoutFirstNames));

        String tooMany = "This row has more cells than the header's %d columns: put a value that holds the "
                + "separator between double quotes.";
        assertThat(refused.errors()).filteredOn(e -> e.row() == 3).extracting(RowError::message)
                .contains(tooMany.formatted(18));
        assertThat(columnMissing.errors()).filteredOn(e -> e.row() == 3).extracting(RowError::message)
                .contains(tooMany.formatted(17));
        assertThat(columnMissing.errors()).extracting(RowError::row).doesNotContain(2);
        assertThat(rowCounts(f)).isEqualTo(before);
        f.user.speaking(DUTCH);
    }

    static String row(String column, String value, String email) {
        List<String> cells = new ArrayList<>(List.of("Eva", "Claes", email, "+32 470 12 34 56", "1985", "F", "9000",
                "Gent", "51.05", "3.72", "nl:NATIVE, fr:vloeiend", "voetbal, koken", "Ik woon in Gent.",
                "WED_EVENING", "2", "AVAILABLE", "2026-01", "2026-02-01"));
        cells.set(COLUMNS.indexOf(column), value);
        return cells.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
    }

    private static int importAll(CoreFixture f, String text) {
        return importAll(f, CsvTable.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int importAll(CoreFixture f, CsvTable table) {
        return SpreadsheetImportIT.importAll(f, SpreadsheetKind.BUDDIES, table);
    }

    /** What the import stored for {@code column} of the buddy with this e-mail, in the host or in his profile. */
    private static String stored(CoreFixture f, String column, String email) {
        Person person = byEmail(f, PersonKind.VOLUNTEER, email).orElseThrow();
        Function<BuddyProfile, String> profile = switch (column) {
            case "About" -> p -> p.about().orElse(null);
            case "Municipality" -> p -> p.location().municipality();
            default -> null;
        };
        if (profile != null) {
            return profile.apply(f.bean(BuddyProfileService.class).find(person.id()).orElseThrow());
        }
        return column.equals("Phone") ? person.phone() : person.firstName();
    }

    private static Map<String, Integer> rowCounts(CoreFixture f) {
        // The database is migrated on first use; before that there are no tables to count.
        f.db().runInTransaction(em -> { });
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : f.pluginTables()) {
            counts.put(table, f.queryInt("select count(*) from " + table));
        }
        return counts;
    }
}
