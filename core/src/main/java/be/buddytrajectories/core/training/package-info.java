/**
 * Training and intervision of buddies: sessions with attendance. Attending a basic training marks the buddy as
 * trained, which opens the programme's optional "basic training before the first match" gate and reaches the index.
 */
package be.buddytrajectories.core.training;
