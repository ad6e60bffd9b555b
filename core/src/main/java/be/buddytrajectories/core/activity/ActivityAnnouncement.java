package be.buddytrajectories.core.activity;

import java.time.LocalDate;

/** A group activity as everyone may see it. */
public record ActivityAnnouncement(long id, String title, LocalDate heldOn, int minutes) {
}
