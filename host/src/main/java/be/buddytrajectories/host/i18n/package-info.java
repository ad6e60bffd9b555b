/** Translations: the host's bundle and every plugin's, Dutch by default, English on request. */
package be.buddytrajectories.host.i18n;
