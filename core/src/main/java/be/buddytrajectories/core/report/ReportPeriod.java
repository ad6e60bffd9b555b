package be.buddytrajectories.core.report;

import be.buddytrajectories.core.validation.PlausibleDate;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a period report covers: the days from {@code from} to {@code to}, both included, and optionally the
 * newcomers (and, for trainings, the buddies) of one municipality.
 */
public record ReportPeriod(
        @NotNull(message = "{buddy.report.from.required}") @PlausibleDate LocalDate from,
        @NotNull(message = "{buddy.report.to.required}") @PlausibleDate LocalDate to,
        @SingleLine @Size(max = Limits.MUNICIPALITY_LENGTH, message = "{buddy.text.tooLong}") String municipality) {

    public ReportPeriod {
        municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
    }

    public Optional<String> onlyMunicipality() {
        return Optional.ofNullable(municipality);
    }

    /** Bounds shared by the service and the form. */
    public static final class Limits {
        /** A report covers at most five years: a longer one is no period, and its month chart would not read. */
        public static final int MAX_MONTHS = 60;
        public static final int MUNICIPALITY_LENGTH = 80;

        private Limits() {
        }
    }
}
