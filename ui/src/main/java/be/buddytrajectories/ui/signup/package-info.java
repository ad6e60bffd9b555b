/**
 * The public forms without an account, volunteer sign-up ({@code buddy/join}) and case-worker referral
 * ({@code buddy/refer}), in Dutch or English, and the coordinators' review queue ({@code buddy/signups}).
 */
package be.buddytrajectories.ui.signup;
