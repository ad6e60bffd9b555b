/**
 * Background jobs that run once across all hosts on one database (mail rounds and sending, the CRM write-back,
 * following the host's people, retention). Each host ticks every job on a thread of its own; a tick runs the job
 * only when the job is due and the host wins its lease in the database ({@code buddy_job}, versioned), so two hosts
 * never run one job at once. The host renews the lease while the run goes on, so a lease is short (a minute): a host
 * killed during a run leaves the lease to expire, and another host, or the same one restarted, runs the job a minute
 * later at most. Every run is recorded ({@code buddy_job_run}, kept a week) with the host that ran it.
 * <p>
 * The hosts' clocks are compared through due times and leases: keep them in sync (NTP), far closer than a lease.
 */
package be.buddytrajectories.core.schedule;
