/**
 * CiviCRM through its APIv4 REST interface instead of its tables: {@link
 * be.buddytrajectories.hostsql.civicrm.api.CiviCrmApi}, a small client (timeouts, paging, one exception type that
 * names CiviCRM's message and says whether a retry can help), {@link
 * be.buddytrajectories.hostsql.civicrm.api.CiviCrmApiPeopleDirectory}, the people directory over it, and {@link
 * be.buddytrajectories.hostsql.civicrm.api.CiviCrmWriteBack}, which writes buddy contacts and duos back as
 * activities and relationships. A site that does not give the host its database, or that wants CiviCRM's own
 * permissions, hooks and logging applied, uses these instead of the SQL mapping. Everything else here is
 * package-private: the host sees only the settings, the client, its exception, the directory and the write-back.
 */
package be.buddytrajectories.hostsql.civicrm.api;
