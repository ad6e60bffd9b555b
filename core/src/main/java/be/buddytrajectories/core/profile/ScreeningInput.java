package be.buddytrajectories.core.profile;

import be.buddytrajectories.core.validation.PlausibleDate;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A screening as a coordinator records it; its validity follows from the programme's setting. */
public record ScreeningInput(
        @NotNull(message = "{buddy.screening.kind.required}") ScreeningKind kind,
        @NotNull(message = "{buddy.screening.issuedOn.required}") @PlausibleDate LocalDate issuedOn,
        @SingleLine @Size(max = Screening.Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}") String note) {
}
