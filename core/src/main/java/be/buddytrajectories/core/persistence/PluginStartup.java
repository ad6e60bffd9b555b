package be.buddytrajectories.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Migrates and maps the plugin's database when the host starts rather than at the first request, so that a
 * broken migration fails the start (and the host's safe mode can name the plugin) instead of a user's page.
 */
@ApplicationScoped
class PluginStartup {

    void onHostStart(@Observes @Initialized(ApplicationScoped.class) Object event, BuddyDatabase database) {
        database.verifyMapping();
    }
}
