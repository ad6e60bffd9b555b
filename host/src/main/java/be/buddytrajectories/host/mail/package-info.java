/**
 * The host's {@link be.buddytrajectories.hostapi.Mailer}s: over SMTP with TLS when a mail server is configured,
 * otherwise as {@code .eml} files in the data directory. Both build the same MIME message. Neither retries: a
 * plugin keeps its own outbox and tries again when {@link be.buddytrajectories.hostapi.MailNotSent} says it may
 * help.
 */
package be.buddytrajectories.host.mail;
