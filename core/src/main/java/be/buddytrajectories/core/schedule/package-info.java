/**
 * Background jobs that run once across all hosts on one database (mail rounds and sending, the CRM write-back,
 * following the host's people, retention). Each host ticks every job on a thread of its own; a tick runs the job
 * only when the job is due and the host wins its lease in the database ({@code buddy_job}, versioned), so two hosts
 * never run one job at once. A host killed during a run leaves the lease to expire, and another host runs the job
 * then. Every run is recorded ({@code buddy_job_run}, kept a week) with the host that ran it.
 * <p>
 * The hosts' clocks are compared through due times and leases: keep them in sync (NTP), far closer than a lease.
 */
package be.buddytrajectories.core.schedule;
