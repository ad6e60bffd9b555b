package be.buddytrajectories.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Locale;

/** A buddy's personal calendar feed; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "buddy_calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @NotNull
    @Size(min = 64, max = 64)
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The language of the events' titles: {@code nl} or {@code en}. */
    @NotNull
    @Column(name = "language", nullable = false, length = 5)
    private String language;

    /** In UTC. */
    @NotNull
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** In UTC. */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long volunteerId, String tokenHash, Locale locale, LocalDateTime createdAt) {
        this.volunteerId = volunteerId;
        this.tokenHash = tokenHash;
        this.language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        this.createdAt = createdAt;
    }

    /** The feed stops working; revoking it again keeps the first moment. */
    void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long volunteerId() {
        return volunteerId;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
