/**
 * The CiviCRM site the host reaches through APIv4 ({@code host.civicrm.*}): its people for
 * {@code host.people=civicrm-api}, the volunteer pool of both CiviCRM directories, and the {@code CrmWriteBack}
 * every host offers its plugins, which writes buddy contacts and duos to that site or, without one, nothing.
 */
package be.buddytrajectories.host.civicrm;
