/**
 * The newcomer's page behind his personal link (public, phone-sized, in simple Dutch, Dutch, English and French),
 * and the coordinator's side of it on the duo screen: the link and its QR code, and the participants' answers.
 */
package be.buddytrajectories.ui.newcomer;
