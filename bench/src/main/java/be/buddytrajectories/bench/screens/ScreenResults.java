package be.buddytrajectories.bench.screens;

import be.buddytrajectories.bench.run.Machine;
import java.util.List;

/** Everything one run measured, for the report. */
final class ScreenResults {

    ScreenOptions options;
    Machine machine;
    String loadBefore;
    String loadAfter;
    String database;
    Site site;
    ProgrammeSeed.Programme programme;
    double indexSeconds;
    long indexedProfiles;
    List<Timing> timings;
    /** How long the rounds of screens took, and the CPU seconds other processes used meanwhile. */
    double screenSeconds;
    double othersCpuSeconds;
    SheetImport.Result sheet;
    double totalSeconds;
    double cpuSeconds;

    /** One line for tools that track the figures. */
    String finalLine() {
        StringBuilder line = new StringBuilder("screens contacts=" + options.contacts());
        for (Timing t : timings) {
            line.append(String.format(java.util.Locale.ROOT, " %s_p95_ms=%.1f", key(t.screen), t.wall.p95()));
        }
        line.append(String.format(java.util.Locale.ROOT, " import_rows=%d import_s=%.1f", sheet.rows(),
                sheet.totalSeconds()));
        return line.toString();
    }

    private static String key(String screen) {
        return screen.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "_");
    }
}
