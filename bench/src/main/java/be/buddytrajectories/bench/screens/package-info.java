/**
 * {@code bin/bench screens}: the server time of the plugin's main screens at a CiviCRM organisation's size (issue
 * 14). The tier benchmarks ({@code bench.run}) time the search index on its own; a coordinator waits for a whole
 * screen: the view built, its services, the plugin's tables and the CiviCRM directory read, on MariaDB as a
 * CiviCRM site runs it. This package builds such a site (50,000 contacts by default), seeds a programme through
 * the plugin's services, renders the views without a browser through ui's {@code ViewFixture} (Karibu with Weld),
 * times each screen and the import of a large volunteer spreadsheet, and writes
 * {@code bench/results/screens-N.md}.
 */
package be.buddytrajectories.bench.screens;
