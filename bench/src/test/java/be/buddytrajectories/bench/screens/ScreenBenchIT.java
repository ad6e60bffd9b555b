package be.buddytrajectories.bench.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screens benchmark on a small CiviCRM site on MariaDB, so that CI exercises site, seeding, every screen, the
 * import with its progress bar, and the report in seconds. Timings at this size mean nothing.
 */
class ScreenBenchIT {

    @TempDir
    Path out;

    @Test
    void aSmallSiteHasEveryScreenTimedAndItsSheetImportedInTheBackground() throws Exception {
        ScreenOptions options = ScreenOptions.parse(new String[] {"--contacts", "1000", "--rows", "600",
            "--repeats", "2", "--warm-up", "1", "--out", out.toString()}, Path.of(".."));

        ScreenResults results = ScreenBench.run(options);

        assertThat(results.timings).hasSize(9).allSatisfy(t -> assertThat(t.wall.count()).isEqualTo(2));
        assertThat(results.programme.activeDuos()).hasSize(2);
        assertThat(results.programme.waitingNewcomers()).isNotEmpty();
        assertThat(results.sheet.rows()).isEqualTo(600);
        assertThat(results.sheet.progressMoves()).isPositive();
        String report = Files.readString(options.reportFile());
        assertThat(report).contains("| Suggestions |", "suggestions shown", "| **total** |", results.finalLine());
    }
}
