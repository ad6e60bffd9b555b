/**
 * The public check of a proof of participation by its verification code ({@code buddy/check}): programme, period
 * and hours as printed, never the diary or who took part.
 */
package be.buddytrajectories.ui.check;
