package be.buddytrajectories.core.persistence;

import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.matchproposal.MatchProposal;
import be.buddytrajectories.core.outbox.OutboxRow;
import be.buddytrajectories.core.outcome.OutcomeMeasure;
import be.buddytrajectories.core.privacy.DuoStatistic;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.Trajectory;
import java.util.List;

/** Every entity of the plugin: a plugin has no persistence.xml and no class-path scanning for entities. */
final class PersistentClasses {

    static final List<Class<?>> ALL = List.of(
            ProgrammeSettings.class,
            OutboxRow.class,
            BuddyProfile.class,
            AuditEntry.class,
            NewcomerIntake.class,
            Trajectory.class,
            MatchProposal.class,
            CheckIn.class,
            Contact.class,
            TrainingSession.class,
            GroupActivity.class,
            OutcomeMeasure.class,
            DuoStatistic.class);

    private PersistentClasses() {
    }
}
