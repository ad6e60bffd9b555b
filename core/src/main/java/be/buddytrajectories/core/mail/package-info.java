/**
 * E-mail that goes out by itself: introductions, reminders, check-in invitations, the coordinators' weekly digest
 * and the thank-you at the hours target.
 *
 * <p>Why an outbox: a mail is written as a row in the same transaction as the event that causes it, so a rolled-back
 * event sends nothing and a committed one is never forgotten. {@link MailSender} claims a row (committed), hands it
 * to the host's {@link be.buddytrajectories.hostapi.Mailer}, then marks it sent. A host killed after the mail server
 * accepted a mail and before the mark is committed sends that mail once more when the claim's lease has run out,
 * with the same Message-ID: at least once while the server accepts, and at most one extra copy per killed host.
 * A mail server that is down or refuses the host means retries with a growing pause; a refused address fails at
 * once. Every attempt and failure is visible on the admin's mail screen.
 *
 * <p>Mails carry only what the receiver needs: first names, no notes, and another person's contact details only
 * when the coordinator chose to share them. A person's opt-out is checked when the mail is written and again when
 * it is sent.
 */
package be.buddytrajectories.core.mail;
