package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.data.BenchDatabase;
import be.buddytrajectories.bench.data.ProfileGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/bench TIER [--db h2|postgresql] [--queries N] [--warm-up N] [--changes N] [--seed N] [--out DIR]
 * [--judged FILE]… [--pg-url URL] [--pg-user USER]}. Every system (the plugin and each peer) gets the same warm-up
 * and the same number of measured queries: 500 and 300 by default. The JVM needs that many to compile the search
 * paths: with 50, the plugin's p50s at 100k still included compilation (suggestions 6.4 ms against 5.2 ms, search
 * 4.4 ms against 3.5 ms). The PostgreSQL password comes from
 * {@code PGPASSWORD} (or the system property {@code bench.pg.password}). Judged sets default to
 * {@code ../shared/match-eval/sample.json} when it exists; bench's own set and the held-out wording set are always
 * scored too.
 *
 * @param commandLine the command as typed, for the report
 */
record Options(long tier, BenchDatabase.Kind db, int queries, int warmUp, int changes, long seed, Path out,
        List<Path> judged, BenchDatabase.PostgresServer postgres, String commandLine) {

    static final String USAGE = "usage: bin/bench TIER [--db h2|postgresql] [--queries N] [--warm-up N]"
            + " [--changes N] [--seed N] [--out DIR] [--judged FILE]... [--pg-url URL] [--pg-user USER]";

    static Options parse(String[] args, Path root) {
        if (args.length < 1 || !args[0].matches("\\d+")) {
            throw new IllegalArgumentException(USAGE);
        }
        long tier = Long.parseLong(args[0]);
        BenchDatabase.Kind db = BenchDatabase.Kind.POSTGRESQL;
        int queries = 300;
        int warmUp = 500;
        int changes = 1000;
        long seed = ProfileGenerator.DEFAULT_SEED;
        Path out = root.resolve("bench/results");
        List<Path> judged = new ArrayList<>();
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String pgUser = "postgres";
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            switch (args[i++]) {
                case "--db" -> db = BenchDatabase.Kind.valueOf(value.toUpperCase(Locale.ROOT));
                case "--queries" -> queries = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Integer.parseInt(value);
                case "--changes" -> changes = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                case "--judged" -> judged.add(Path.of(value));
                case "--pg-url" -> pgUrl = value;
                case "--pg-user" -> pgUser = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1] + "\n" + USAGE);
            }
        }
        Path sample = root.resolve("../shared/match-eval/sample.json").normalize();
        if (judged.isEmpty() && Files.isRegularFile(sample)) {
            judged.add(sample);
        }
        String password = System.getProperty("bench.pg.password", System.getenv("PGPASSWORD") == null ? ""
                : System.getenv("PGPASSWORD"));
        return new Options(tier, db, queries, warmUp, changes, seed, out, List.copyOf(judged),
                new BenchDatabase.PostgresServer(pgUrl, pgUser, password), "bin/bench " + String.join(" ", args));
    }

    /** bench/results/tier-N.md for PostgreSQL (the default), tier-N-h2.md when the plugin runs on H2. */
    Path reportFile() {
        return out.resolve("tier-" + tier + (db == BenchDatabase.Kind.H2 ? "-h2" : "") + ".md");
    }
}
