package be.buddytrajectories.host.users;

import java.time.Instant;

/** One administrative action on the host: when, by whom, what, on which user, and the change itself. */
public record HostAuditEntry(Instant at, String actor, HostAuditAction action, String subject, String detail) {
}
