package be.buddytrajectories.core.handover;

import be.buddytrajectories.core.validation.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A cover as a coordinator arranges it: who is away, who covers, and the first and last day of the absence. */
public record CoverInput(
        @NotNull(message = "{buddy.cover.absent.required}") Long absentCoordinator,
        @NotNull(message = "{buddy.cover.covering.required}") Long coveringCoordinator,
        @NotNull(message = "{buddy.cover.startsOn.required}") @PlausibleDate LocalDate startsOn,
        @NotNull(message = "{buddy.cover.endsOn.required}") @PlausibleDate LocalDate endsOn) {
}
