/**
 * The admin's mail screen (which kinds go out, their wording, the outbox and its failures) and the public page
 * behind the link at the foot of every mail, where a receiver chooses which mails he wants without an account.
 */
package be.buddytrajectories.ui.mail;
