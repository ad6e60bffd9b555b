/**
 * The one place where wording is understood: a multilingual (nl/en/fr) interest vocabulary and a
 * sector-of-work vocabulary, both read from resource files beside these classes, and the normalisation they
 * share. The index uses them when it writes a profile and the matcher and browser when they build a query, so
 * "voetbal", "soccer" and "foot" meet as one canonical interest on both sides.
 */
package be.buddytrajectories.search.vocabulary;
