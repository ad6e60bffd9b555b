/**
 * Public sign-up of volunteers ({@code buddy/join}) and referral of newcomers by case workers ({@code buddy/refer}),
 * without an account, into a queue that coordinators review.
 *
 * <p>The host person is created at <b>acceptance</b>, not at sign-up: what strangers type into a public form stays
 * in this plugin's queue, out of the host's CRM, until a coordinator has looked at it, and a declined item leaves no
 * trace but its audit entry. For the same reason the public answer never says whether an e-mail address is already
 * known; the coordinator sees "possibly the same person as …" on review and chooses to link or to create.
 *
 * <p>Bots are kept out without third-party services ({@link SignupLimits}): a honeypot field, a minimum time
 * between the form being shown (a {@link FormTicket} issued by the server) and submitted, a limit per client address
 * per hour kept in the database (so it holds across hosts; the address is stored as a hash for an hour only) and a
 * cap on pending items. A honeypot or too-fast submission gets the same answer as an accepted one.
 */
package be.buddytrajectories.core.signup;
