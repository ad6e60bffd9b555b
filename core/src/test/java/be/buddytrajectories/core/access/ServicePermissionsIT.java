package be.buddytrajectories.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.alerts.AlertService;
import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.core.caseload.CaseloadService;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.fairness.WaitingListFairness;
import be.buddytrajectories.core.handover.HandoverService;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.mail.MailAdmin;
import be.buddytrajectories.core.mail.MailAnswers;
import be.buddytrajectories.core.mail.MailIntroductions;
import be.buddytrajectories.core.mail.MailPreferences;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.newcomerlink.NewcomerLinkService;
import be.buddytrajectories.core.newcomerlink.NewcomerPageService;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeOverview;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.core.pulse.ParticipantAnswerService;
import be.buddytrajectories.core.report.PeriodReports;
import be.buddytrajectories.core.signup.ReferralService;
import be.buddytrajectories.core.signup.VolunteerSignupService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every public operation of every service × every role, against one real duo: the server-side permission
 * matrix. A buddy who is not in the duo passes the duo's ids (as if he changed an id in a URL) and must be refused
 * everywhere; the duo's own buddy reaches his duo's self-service operations only.
 */
class ServicePermissionsIT {

    enum Role { ANONYMOUS, OTHER_BUDDY, OWN_BUDDY, COORDINATOR, ADMIN }

    private static final Set<Role> STAFF = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);
    private static final Set<Role> STAFF_AND_OWN_BUDDY = EnumSet.of(Role.OWN_BUDDY, Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> BUDDIES = EnumSet.of(Role.OTHER_BUDDY, Role.OWN_BUDDY);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ANY_SIGNED_IN_BUDDY_OR_STAFF =
            EnumSet.of(Role.OTHER_BUDDY, Role.OWN_BUDDY, Role.COORDINATOR, Role.ADMIN);

    private static final List<Class<?>> SERVICES = List.of(BuddyProfileService.class, NewcomerIntakeService.class,
            TrajectoryService.class, ProposalService.class, ContactService.class, CheckInService.class,
            AlertService.class, CaseloadService.class, TrainingService.class, GroupActivityService.class,
            OutcomeService.class, ProofService.class, PrivacyService.class, ProgrammeSettingsService.class,
            ProgrammeOverview.class, MailIntroductions.class, MailAdmin.class, MailPreferences.class, MailAnswers.class,
            NewcomerLinkService.class, NewcomerPageService.class, ParticipantAnswerService.class,
            CalendarFeedService.class, VolunteerSignupService.class, ReferralService.class, PeriodReports.class,
            WaitingListFairness.class, HandoverService.class);

    /**
     * Who may call what; anything not listed is for coordinators and admins only (alerts, proofs of participation
     * and attendance of other people included). Exports and erasures are for admins.
     */
    private static final Map<String, Set<Role>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("BuddyProfileService.update", STAFF_AND_OWN_BUDDY),
            Map.entry("BuddyProfileService.changeStatus", STAFF_AND_OWN_BUDDY),
            Map.entry("BuddyProfileService.find", STAFF_AND_OWN_BUDDY),
            Map.entry("BuddyProfileService.screenings", STAFF_AND_OWN_BUDDY),
            Map.entry("NewcomerIntakeService.partnerOf", STAFF_AND_OWN_BUDDY),
            Map.entry("TrajectoryService.find", STAFF_AND_OWN_BUDDY),
            Map.entry("TrajectoryService.myDuos", BUDDIES),
            Map.entry("TrajectoryService.changeAgreement", STAFF_AND_OWN_BUDDY),
            Map.entry("ContactService.log", STAFF_AND_OWN_BUDDY),
            Map.entry("ContactService.of", STAFF_AND_OWN_BUDDY),
            Map.entry("ContactService.hours", STAFF_AND_OWN_BUDDY),
            Map.entry("CaseloadService.mine", STAFF),
            Map.entry("GroupActivityService.upcoming", ANY_SIGNED_IN_BUDDY_OR_STAFF),
            Map.entry("TrainingService.attendedBy", STAFF_AND_OWN_BUDDY),
            Map.entry("TrainingService.lastYearOf", STAFF_AND_OWN_BUDDY),
            Map.entry("ProgrammeSettingsService.change", ADMIN_ONLY),
            Map.entry("PrivacyService.export", ADMIN_ONLY),
            Map.entry("PrivacyService.erase", ADMIN_ONLY),
            Map.entry("PrivacyService.anonymiseExpiredDuos", ADMIN_ONLY),
            Map.entry("MailAdmin.kinds", ADMIN_ONLY),
            Map.entry("MailAdmin.switchKind", ADMIN_ONLY),
            Map.entry("MailAdmin.wording", ADMIN_ONLY),
            Map.entry("MailAdmin.reword", ADMIN_ONLY),
            Map.entry("MailAdmin.restoreStandard", ADMIN_ONLY),
            Map.entry("MailAdmin.figures", ADMIN_ONLY),
            Map.entry("MailAdmin.queue", ADMIN_ONLY),
            Map.entry("MailAdmin.retry", ADMIN_ONLY),
            Map.entry("MailAdmin.retryAllFailed", ADMIN_ONLY),
            // The signed link from the mail is the authority: anyone holding it, signed in or not.
            Map.entry("MailPreferences.of", EVERYONE),
            Map.entry("MailPreferences.choose", EVERYONE),
            // The newcomer's personal link and the buddy's calendar link are the authority: anyone holding them.
            Map.entry("NewcomerPageService.open", EVERYONE),
            Map.entry("NewcomerPageService.confirmMeeting", EVERYONE),
            Map.entry("NewcomerPageService.answer", EVERYONE),
            Map.entry("CalendarFeedService.feed", EVERYONE),
            Map.entry("CalendarFeedService.createMine", BUDDIES),
            Map.entry("CalendarFeedService.revokeMine", BUDDIES),
            Map.entry("CalendarFeedService.mineSince", BUDDIES),
            Map.entry("ParticipantAnswerService.answerAsBuddy", STAFF_AND_OWN_BUDDY),
            Map.entry("MailAnswers.answer", EVERYONE),
            // The public forms: anyone submits; reviewing the queues is for staff.
            Map.entry("VolunteerSignupService.openForm", EVERYONE),
            Map.entry("VolunteerSignupService.submit", EVERYONE),
            Map.entry("ReferralService.openForm", EVERYONE),
            Map.entry("ReferralService.submit", EVERYONE)));

    private record Duo(long trajectoryId, long version, long newcomerId, long buddyId, long otherBuddyId,
                       long coordinatorId) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyServiceOperationAllowsExactlyTheRolesItShould(TestDatabases.Kind kind) throws Exception {
        try (CoreFixture fixture = new CoreFixture(kind)) {
            Duos duos = new Duos(fixture);
            long buddy = duos.buddy("Els", 1);
            long otherBuddy = duos.buddy("Arne", 1);
            Trajectory active = duos.active("Khadija", buddy);
            Duo duo = new Duo(active.id(), active.version(), active.newcomerId(), buddy, otherBuddy,
                    fixture.user.personId().orElseThrow());

            Map<String, Set<Role>> actual = new TreeMap<>();
            List<String> mismatches = new ArrayList<>();
            for (Class<?> service : SERVICES) {
                for (Method method : operations(service)) {
                    String name = service.getSimpleName() + "." + method.getName();
                    Set<Role> allowed = EnumSet.noneOf(Role.class);
                    for (Role role : Role.values()) {
                        signIn(fixture, role, duo);
                        if (!refused(fixture.bean(service), method, duo)) {
                            allowed.add(role);
                        }
                    }
                    actual.merge(name, allowed, (a, b) -> {
                        a.retainAll(b);
                        return a;
                    });
                }
            }
            actual.forEach((name, allowed) -> {
                Set<Role> expected = EXPECTED.getOrDefault(name, STAFF);
                if (!expected.equals(allowed)) {
                    mismatches.add(name + " allows " + allowed + ", expected " + expected);
                }
            });
            assertThat(mismatches).as("operations whose permissions differ from the matrix").isEmpty();
            assertThat(EXPECTED.keySet()).as("every listed operation exists").isSubsetOf(actual.keySet());
        }
    }

    private static List<Method> operations(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(EntityManager.class::equals))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private static void signIn(CoreFixture fixture, Role role, Duo duo) {
        switch (role) {
            case ANONYMOUS -> fixture.user.signOut();
            case OTHER_BUDDY -> fixture.signInBuddy(duo.otherBuddyId());
            case OWN_BUDDY -> fixture.signInBuddy(duo.buddyId());
            case COORDINATOR -> fixture.signInCoordinator(duo.coordinatorId());
            case ADMIN -> fixture.user.signIn("admin", 990_001L, Permission.ADMIN.key(), Permission.COORDINATOR.key());
        }
    }

    /** True when the call ends in an access refusal; any other outcome (result, rule, validation) is an allowance. */
    private static boolean refused(Object service, Method method, Duo duo) {
        try {
            Object[] args = Arrays.stream(method.getParameters()).map(p -> argument(p.getType(), p.getName(), duo))
                    .toArray();
            method.invoke(service, args);
            return false;
        } catch (InvocationTargetException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException) {
                    return true;
                }
            }
            return false;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plausible argument: the duo's ids by parameter name, today's date, a small valid value otherwise. */
    private static Object argument(Class<?> type, String name, Duo duo) {
        if (type == long.class || type == Long.class) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.contains("version")) {
                return duo.version();
            }
            if (n.contains("newcomer") || n.equals("personid")) {
                return duo.newcomerId();
            }
            if (n.contains("volunteer") || n.contains("buddy")) {
                return duo.buddyId();
            }
            if (n.contains("coordinator")) {
                return duo.coordinatorId();
            }
            return duo.trajectoryId();
        }
        if (type == int.class || type == Integer.class) {
            return 10;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "permission check";
        }
        if (type == LocalDate.class) {
            return CoreFixture.START;
        }
        if (type == Locale.class) {
            return Locale.ENGLISH;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of(duo.buddyId());
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> argument(c.getType(), c.getName(), duo)).toArray();
            try {
                return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class[]::new)).newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
