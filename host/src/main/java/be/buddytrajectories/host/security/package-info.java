/**
 * Users, roles and sign-in. Passwords are hashed with PBKDF2-HMAC-SHA256 (a slow, standard algorithm in the
 * JDK) and never logged; roles map to permissions in the database, so that a plugin's permissions are granted
 * by the host without code; every navigation is checked here, before any view is created.
 */
package be.buddytrajectories.host.security;
