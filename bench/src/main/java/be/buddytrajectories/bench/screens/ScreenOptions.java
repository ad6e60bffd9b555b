package be.buddytrajectories.bench.screens;

import java.nio.file.Path;

/**
 * {@code bin/bench screens [--contacts N] [--rows N] [--repeats N] [--warm-up N] [--seed N] [--out DIR]}. MariaDB
 * is the test kit's server ({@code it.mariadb.url}, {@code it.mariadb.user}, {@code it.mariadb.password}; by
 * default root on 127.0.0.1:3306).
 */
record ScreenOptions(int contacts, int rows, int repeats, int warmUps, long seed, Path out, String arguments) {

    static final String USAGE = "usage: bin/bench screens [--contacts N] [--rows N] [--repeats N] [--warm-up N]"
            + " [--seed N] [--out DIR]";

    static ScreenOptions parse(String[] args, Path root) {
        int contacts = 50_000;
        int rows = 10_000;
        int repeats = 30;
        int warmUps = 5;
        long seed = 20_260_302L;
        Path out = root.resolve("bench/results");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            switch (args[i++]) {
                case "--contacts" -> contacts = Integer.parseInt(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--warm-up" -> warmUps = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1] + "\n" + USAGE);
            }
        }
        if (contacts < 1_000 || rows < 1 || repeats < 1 || warmUps < 0) {
            throw new IllegalArgumentException("--contacts needs at least 1000, --rows and --repeats at least 1\n"
                    + USAGE);
        }
        return new ScreenOptions(contacts, rows, repeats, warmUps, seed, out, String.join(" ", args));
    }

    /** The command line as given. */
    String command() {
        return arguments.isEmpty() ? "bin/bench screens" : "bin/bench screens " + arguments;
    }

    Path reportFile() {
        return out.resolve("screens-" + contacts + ".md");
    }
}
