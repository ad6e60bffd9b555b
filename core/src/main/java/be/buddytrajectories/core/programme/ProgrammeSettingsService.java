package be.buddytrajectories.core.programme;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.Versions;
import be.buddytrajectories.core.validation.InputValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reading the programme settings (coordinators, admins) and changing them (admins, audited). */
@ApplicationScoped
public class ProgrammeSettingsService {

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final AuditTrail audit;

    @Inject
    public ProgrammeSettingsService(BuddyDatabase database, AccessGuard access, InputValidator validator,
                                    AuditTrail audit) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.audit = audit;
    }

    public ProgrammeSettings current() {
        access.requireAny("programme.settings", Permission.COORDINATOR, Permission.ADMIN);
        return database.inTransaction(ProgrammeSettings::load);
    }

    /** Applies an admin's edit made on the settings at {@code expectedVersion}. */
    public ProgrammeSettings change(long expectedVersion, ProgrammeSettingsInput input) {
        access.requireAny("programme.change", Permission.ADMIN);
        validator.check(input);
        return database.inTransaction(em -> {
            ProgrammeSettings settings = ProgrammeSettings.load(em);
            Versions.require(settings.version(), expectedVersion);
            settings.change(input);
            audit.record(em, AuditAction.CHANGE_PROGRAMME_SETTINGS, null, null);
            em.flush();
            return settings;
        });
    }
}
