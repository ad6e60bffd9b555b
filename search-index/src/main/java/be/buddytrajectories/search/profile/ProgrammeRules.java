package be.buddytrajectories.search.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The programme's hard rules. Ages are whole years on the clock's date: reference year minus birth year,
 * because profiles only carry a birth year.
 */
public record ProgrammeRules(boolean requireTraining, boolean requireScreening, double maxDistanceKm, Clock clock) {

    /** Rules evaluated on a fixed reference date (judged sets, tests). */
    public static ProgrammeRules on(LocalDate referenceDate, boolean requireTraining, boolean requireScreening,
            double maxDistanceKm) {
        return new ProgrammeRules(requireTraining, requireScreening, maxDistanceKm,
                Clock.fixed(referenceDate.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    public int ageOf(int birthYear) {
        return today().getYear() - birthYear;
    }

    /** The day the rules are evaluated on: a screening must be valid on it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
