/**
 * QR codes as PNG images, shared by the screens (a newcomer's link) and the documents the core renders (the check
 * address on a proof of participation), so that neither depends on the other for them.
 */
package be.buddytrajectories.core.qr;
