package be.buddytrajectories.core.person;

import be.buddytrajectories.core.validation.PlausibleDate;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Consent to the processing of programme data, with the version of the text the person agreed to, so that a
 * changed privacy text can ask again exactly those who agreed to an older one.
 */
@Embeddable
public class Consent {

    /** The version of the consent text that the forms show and a coordinator confirms for a whole file. */
    public static final String CURRENT_VERSION = "2026-01";

    @NotBlank(message = "{buddy.consent.required}")
    @SingleLine
    @Size(max = Limits.VERSION_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "consent_version", nullable = false, length = Limits.VERSION_LENGTH)
    private String version;

    @NotNull(message = "{buddy.consent.required}")
    @PlausibleDate
    @Column(name = "consent_given_on", nullable = false)
    private LocalDate givenOn;

    protected Consent() {
    }

    public Consent(String version, LocalDate givenOn) {
        this.version = version;
        this.givenOn = givenOn;
    }

    public String version() {
        return version;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    /** Bounds shared by the column and the constraint. */
    public static final class Limits {
        public static final int VERSION_LENGTH = 20;

        private Limits() {
        }
    }
}
