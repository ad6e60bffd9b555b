package be.buddytrajectories.core.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * "Move all open duos of one coordinator to another".
 *
 * @param expectedCount how many duos the coordinator was shown would move; the move is refused when it changed
 */
public record HandoverInput(
        @NotNull(message = "{buddy.handover.from.required}") Long fromCoordinator,
        @NotNull(message = "{buddy.handover.to.required}") Long toCoordinator,
        @PositiveOrZero long expectedCount) {
}
