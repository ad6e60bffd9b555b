package be.buddytrajectories.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole benchmark at a tiny tier, so CI exercises generator, loader, plugin wiring, peers, quality and report
 * in seconds. Timings at this size mean nothing; the shape of the report and the matcher's correctness do.
 */
class BenchRunIT {

    private static final String FINAL_LINE = "tier=300 suggest_p50_ms=\\d+\\.\\d{3} suggest_p99_ms=\\d+\\.\\d{3}"
            + " search_p50_ms=\\d+\\.\\d{3} search_p99_ms=\\d+\\.\\d{3} rebuild_s=\\d+\\.\\d{2}"
            + " fresh_p99_ms=\\d+\\.\\d heap_mb=-?\\d+\\.\\d pg_suggest_ratio=\\d+\\.\\d ndcg=\\d\\.\\d{3}"
            + " pg_ndcg=\\d\\.\\d{3} pg_struct_ratio=\\d+\\.\\d heldout_ndcg=\\d\\.\\d{3}"
            + " rebuild_cold_s=\\d+\\.\\d{2}";

    @TempDir
    Path out;

    @ParameterizedTest(name = "plugin on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aTinyTierEndsItsReportWithTheFiguresLineAndTheMatcherBreaksNoHardRule(String db) throws Exception {
        String pgUrl = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String pgUser = System.getProperty("it.pg.user", "postgres");
        String password = System.getProperty("it.pg.password", "");
        if (!password.isBlank()) {
            System.setProperty("bench.pg.password", password);
        }
        requirePostgres(pgUrl, pgUser, password.isBlank() ? System.getenv("PGPASSWORD") : password);

        Options options = Options.parse(new String[] {"300", "--db", db, "--queries", "60", "--warm-up", "10",
            "--changes", "10", "--out", out.toString(), "--pg-url", pgUrl, "--pg-user", pgUser}, Path.of(".."));
        Results results = Bench.run(options);

        List<String> report = Files.readAllLines(options.reportFile());
        assertThat(report.get(report.size() - 1)).matches(FINAL_LINE);
        assertThat(results.quality).extracting(Quality::role).contains(Quality.SELF_GRADED, Quality.HELD_OUT);
        assertThat(results.structuredSuggest.count()).isEqualTo(results.suggest.count()).isEqualTo(60);
        assertThat(results.fullTextSuggest.count()).isEqualTo(60);
        assertThat(report).anyMatch(line -> line.startsWith("Command: `bin/bench 300 --db " + db));
        assertThat(results.matcherViolations()).isZero();
        assertThat(results.rebuiltDocuments).isEqualTo(300);
        assertThat(results.freshTimeouts).isZero();
        // How many samples a short run gets depends on the machine; what they are charged to must add up.
        for (TimeProfile profile : List.of(results.suggestProfile, results.searchProfile)) {
            assertThat(profile.shares().stream().mapToDouble(TimeProfile.Share::fraction).sum())
                    .isCloseTo(profile.samples() == 0 ? 0 : 1, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(report).contains("### Where the time goes");
    }

    /** The peers live in PostgreSQL: without a server the test is skipped locally and fails on CI. */
    private static void requirePostgres(String url, String user, String password) {
        try (var c = DriverManager.getConnection(url, user, password == null ? "" : password)) {
            c.isValid(1);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + url + ": " + e.getMessage();
            if (System.getenv("CI") != null) {
                Assertions.fail(message + " (CI is set: the benchmark test must run)");
            }
            Assumptions.abort(message);
        }
    }
}
