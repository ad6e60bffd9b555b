/**
 * Generated benchmark data: a seeded generator of realistic volunteers and newcomers (Flemish and newcomer names,
 * languages, interests and professions worded in Dutch, English and French, availability, homes around Flemish
 * towns) and a loader that writes them into the host's and the plugin's real tables with JDBC batches.
 */
package be.buddytrajectories.bench.data;
