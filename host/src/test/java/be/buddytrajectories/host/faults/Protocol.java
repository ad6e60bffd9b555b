package be.buddytrajectories.host.faults;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lines a child host prints on its standard output for the test that runs it: {@code @@ word word … $}. The
 * closing {@code $} tells a whole line from one cut short by a kill; anything else on the stream is ignored.
 */
final class Protocol {

    private static final String START = "@@ ";
    private static final String END = " $";

    private Protocol() {
    }

    static void print(PrintStream out, Object... words) {
        String line = Arrays.stream(words).map(String::valueOf).collect(Collectors.joining(" ", START, END));
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** The words of a whole protocol line, or empty for anything else. */
    static Optional<List<String>> words(String line) {
        if (!line.startsWith(START) || !line.endsWith(END)) {
            return Optional.empty();
        }
        return Optional.of(List.of(line.substring(START.length(), line.length() - END.length()).split(" ")));
    }
}
