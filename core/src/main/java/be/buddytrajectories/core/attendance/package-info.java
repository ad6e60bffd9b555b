/**
 * What every gathering the programme organises has in common, whether a training for buddies or a group
 * activity for all duos: a title, a day, and attendance recorded only once the day has come. The features keep
 * their own tables and who may attend; the shape and its rule are written once, here.
 */
package be.buddytrajectories.core.attendance;
