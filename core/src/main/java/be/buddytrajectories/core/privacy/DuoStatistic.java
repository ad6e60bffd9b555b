package be.buddytrajectories.core.privacy;

import be.buddytrajectories.core.trajectory.EndReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * What is kept of a duo after anonymisation: the newcomer's postcode, the years, the hours and why it ended.
 * Nothing here points at a person.
 */
@Entity
@Table(name = "buddy_duo_statistic")
public class DuoStatistic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "closed_year")
    private Integer closedYear;

    @Column(name = "minutes", nullable = false)
    private long minutes;

    @Column(name = "contacts", nullable = false)
    private int contacts;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    protected DuoStatistic() {
    }

    DuoStatistic(String postcode, int startYear, Integer closedYear, long minutes, int contacts, EndReason endReason) {
        this.postcode = postcode;
        this.startYear = startYear;
        this.closedYear = closedYear;
        this.minutes = minutes;
        this.contacts = contacts;
        this.endReason = endReason;
    }

    public Optional<String> postcode() {
        return Optional.ofNullable(postcode);
    }

    public int startYear() {
        return startYear;
    }

    public Optional<Integer> closedYear() {
        return Optional.ofNullable(closedYear);
    }

    public double hours() {
        return minutes / 60.0;
    }

    public int contacts() {
        return contacts;
    }

    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }
}
