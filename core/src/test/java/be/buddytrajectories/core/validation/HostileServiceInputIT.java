package be.buddytrajectories.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.activity.GroupActivityInput;
import be.buddytrajectories.core.activity.GroupActivityService;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInInput;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.matchproposal.ProposalService;
import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.outcome.OutcomeInput;
import be.buddytrajectories.core.outcome.OutcomeService;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.programme.ProgrammeSettingsInput;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.testing.HostileInput.Value;
import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text, number and date field of every service input fed each value of the {@link HostileInput} corpus: a
 * value is refused with a message in Dutch and in English and nothing is written, or it is stored and read back
 * unchanged. On H2 only: what is refused is decided by validation before the database sees it.
 */
class HostileServiceInputIT extends FixturePerKind {

    private static final TestDatabases.Kind KIND = TestDatabases.Kind.H2;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** How a text field treats the corpus. */
    enum TextKind {
        /** a name, title or tag: one line */
        LINE,
        /** a note: line breaks and tabs are welcome */
        NOTE,
        /** a code with a fixed shape: the corpus holds none */
        CODE
    }

    /** Stores {@code value} through a service and reads it back from the database; a refusal throws. */
    @FunctionalInterface
    interface Probe<T> {
        Object storeAndReadBack(T value);
    }

    /** Makes what one attempt needs (e.g. a duo to start), before the rows are counted, and returns the probe. */
    @FunctionalInterface
    interface Staged<T> {
        Probe<T> prepare();
    }

    private CoreFixture f;
    private List<String> tables;

    @TestFactory
    Stream<DynamicTest> everyTextFieldRefusesOrStoresEachHostileTextUnchanged() {
        f = fixture(KIND);
        Map<String, TextProbe> fields = new LinkedHashMap<>();
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        NewcomerIntakeService intakes = f.bean(NewcomerIntakeService.class);
        BuddyProfileInput buddy = Profiles.buddy();
        NewcomerIntakeInput intake = Duos.intake(false);
        Function<BuddyProfileInput, BuddyProfile> registerBuddy = in -> {
            f.signInCoordinator();
            long id = f.volunteer("Hostile").id();
            profiles.register(id, in);
            return profiles.find(id).orElseThrow();
        };
        Function<NewcomerIntakeInput, NewcomerIntake> registerNewcomer = in -> {
            f.signInCoordinator();
            long id = f.newcomer("Hostile").id();
            intakes.register(id, in);
            return intakes.find(id).orElseThrow();
        };
        fields.put("ScreeningInput.note", new TextProbe(TextKind.LINE, (Staged<String>) () -> {
            long id = registerBuddy.apply(buddy).volunteerId();
            return v -> profiles.recordScreening(id, new ScreeningInput(ScreeningKind.REFERENCE, f.clock.today(), v))
                    .note().orElse(null);
        }));
        fields.put("BuddyProfileInput.interests", new TextProbe(TextKind.LINE, v -> single(registerBuddy.apply(
                with(buddy, "interests", Set.of(v))).interests())));
        fields.put("BuddyProfileInput.interestsNote", new TextProbe(TextKind.NOTE, v -> registerBuddy.apply(
                with(buddy, "interestsNote", v)).interestsNote().orElse(null)));
        fields.put("BuddyProfileInput.about", new TextProbe(TextKind.NOTE, v -> registerBuddy.apply(
                with(buddy, "about", v)).about().orElse(null)));
        fields.put("BuddyProfileInput.profession", new TextProbe(TextKind.LINE, v -> registerBuddy.apply(
                with(buddy, "profession", v)).profession().orElse(null)));
        fields.put("BuddyProfileInput.experience", new TextProbe(TextKind.NOTE, v -> registerBuddy.apply(
                with(buddy, "experience", v)).experience().orElse(null)));
        fields.put("BuddyProfileInput.location.municipality", new TextProbe(TextKind.LINE, v -> registerBuddy.apply(
                with(buddy, "location", new HomeLocation("9000", v, 51.05, 3.72))).location().municipality()));
        fields.put("BuddyProfileInput.location.postcode", new TextProbe(TextKind.CODE, v -> registerBuddy.apply(
                with(buddy, "location", new HomeLocation(v, "Gent", 51.05, 3.72))).location().postcode()));
        fields.put("NewcomerIntakeInput.contactLanguages", new TextProbe(TextKind.CODE, v -> single(
                registerNewcomer.apply(with(intake, "contactLanguages", Set.of(v))).contactLanguages())));
        fields.put("NewcomerIntakeInput.interests", new TextProbe(TextKind.LINE, v -> single(registerNewcomer.apply(
                with(intake, "interests", Set.of(v))).interests())));
        fields.put("NewcomerIntakeInput.interestsNote", new TextProbe(TextKind.NOTE, v -> registerNewcomer.apply(
                with(intake, "interestsNote", v)).interestsNote().orElse(null)));
        fields.put("NewcomerIntakeInput.about", new TextProbe(TextKind.NOTE, v -> registerNewcomer.apply(
                with(intake, "about", v)).about().orElse(null)));
        fields.put("NewcomerIntakeInput.profession", new TextProbe(TextKind.LINE, v -> registerNewcomer.apply(
                with(intake, "profession", v)).profession().orElse(null)));
        fields.put("NewcomerIntakeInput.caseWorkerName", new TextProbe(TextKind.LINE, v -> registerNewcomer.apply(
                with(intake, "caseWorkerName", v)).caseWorkerName().orElse(null)));
        fields.put("NewcomerIntakeInput.caseWorkerAgency", new TextProbe(TextKind.LINE, v -> registerNewcomer.apply(
                with(intake, "caseWorkerAgency", v)).caseWorkerAgency().orElse(null)));

        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Hostile", duos.buddy("Hostile", 3));
        ContactService contacts = f.bean(ContactService.class);
        fields.put("ContactInput.coordinatorNote", new TextProbe(TextKind.NOTE, v -> {
            f.signInCoordinator();
            long id = contacts.log(new ContactInput(duo.id(), f.clock.today(), 60, ActivityType.WALK, true, false,
                    null, v)).id();
            return contacts.of(duo.id()).stream().filter(c -> c.id() == id).findFirst()
                    .flatMap(ContactView::coordinatorNote).orElse(null);
        }));
        CheckInService checkIns = f.bean(CheckInService.class);
        Function<Function<String, CheckInInput>, Staged<String>> markDone = pulse -> () -> {
            f.signInCoordinator();
            CheckIn planned = checkIns.planExtra(duo.id(), f.clock.today());
            return v -> {
                checkIns.markDone(planned.id(), planned.version(), pulse.apply(v));
                CheckIn done = checkIns.of(duo.id()).stream().filter(c -> c.id() == planned.id()).findFirst()
                        .orElseThrow();
                return done.concerns().or(done::note).orElse(null);
            };
        };
        fields.put("CheckInInput.concerns", new TextProbe(TextKind.NOTE, markDone.apply(
                v -> new CheckInInput(f.clock.today(), 4, true, v, null))));
        fields.put("CheckInInput.note", new TextProbe(TextKind.NOTE, markDone.apply(
                v -> new CheckInInput(f.clock.today(), 4, true, null, v))));

        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        List<String> agreementParts = List.of("goals", "rhythm", "buddyDoes", "buddyDoesNot", "referrals",
                "contactPerson");
        for (int i = 0; i < agreementParts.size(); i++) {
            int part = i;
            TextKind kind = List.of("rhythm", "contactPerson").contains(agreementParts.get(i)) ? TextKind.LINE
                    : TextKind.NOTE;
            fields.put("Agreement." + agreementParts.get(i), new TextProbe(kind, v -> {
                f.signInCoordinator();
                Trajectory current = trajectories.find(duo.id());
                trajectories.changeAgreement(duo.id(), current.version(), agreement(part, v));
                return agreementPart(trajectories.find(duo.id()).agreement().orElseThrow(), part);
            }));
        }
        fields.put("TrajectoryService.pause(reason)", new TextProbe(TextKind.NOTE, v -> {
            f.signInCoordinator();
            Trajectory paused = trajectories.pause(duo.id(), trajectories.find(duo.id()).version(), v);
            String stored = trajectories.find(duo.id()).pauseReason().orElse(null);
            trajectories.resume(duo.id(), paused.version());
            return stored;
        }));
        fields.put("TrajectoryService.close(note)", new TextProbe(TextKind.NOTE, (Staged<String>) () -> {
            Trajectory other = duos.active("Hostile", duos.buddy("Hostile", 1));
            return v -> {
                trajectories.close(other.id(), other.version(), EndReason.COMPLETED, v);
                return trajectories.find(other.id()).endNote().orElse(null);
            };
        }));
        fields.put("ProposalService.decline(reason)", new TextProbe(TextKind.NOTE, (Staged<String>) () -> {
            Trajectory proposed = duos.proposed("Hostile", duos.buddy("Hostile", 1));
            ProposalService matches = f.bean(ProposalService.class);
            return v -> {
                matches.decline(proposed.id(), proposed.version(), v);
                return matches.proposalsFor(proposed.id()).get(0).decisionReason().orElse(null);
            };
        }));
        TrainingService trainings = f.bean(TrainingService.class);
        fields.put("TrainingSessionInput.title", new TextProbe(TextKind.LINE, v -> {
            f.signInCoordinator();
            long id = trainings.plan(new TrainingSessionInput(TrainingKind.BASIC_TRAINING, v, f.clock.today(), 120)).id();
            return trainings.sessions().stream().filter(s -> s.id() == id).findFirst().orElseThrow().title();
        }));
        GroupActivityService activities = f.bean(GroupActivityService.class);
        fields.put("GroupActivityInput.title", new TextProbe(TextKind.LINE, v -> {
            f.signInCoordinator();
            long id = activities.plan(new GroupActivityInput(v, f.clock.today(), 120)).id();
            return activities.activities().stream().filter(a -> a.id() == id).findFirst().map(GroupActivity::title)
                    .orElseThrow();
        }));
        ProgrammeSettingsService settings = f.bean(ProgrammeSettingsService.class);
        fields.put("ProgrammeSettingsInput.checkInSchedule", new TextProbe(TextKind.CODE, v -> {
            f.signInAdmin();
            ProgrammeSettings current = settings.current();
            return settings.change(current.version(), with(ProgrammeSettingsInput.of(current), "checkInSchedule", v))
                    .checkInSchedule();
        }));
        fields.put("Consent.version", new TextProbe(TextKind.LINE, v -> registerBuddy.apply(
                with(buddy, "consent", new Consent(v, CoreFixture.START))).consent().version()));

        return fields.entrySet().stream().map(field -> DynamicTest.dynamicTest(field.getKey(),
                () -> field.getValue().tryCorpus(field.getKey())));
    }

    @TestFactory
    Stream<DynamicTest> everyNumberFieldRefusesValuesOutOfItsRange() {
        f = fixture(KIND);
        Map<String, NumberProbe> fields = new LinkedHashMap<>();
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        BuddyProfileInput buddy = Profiles.buddy();
        for (String name : List.of("maxTravelKm", "capacity", "preferredMinAge", "preferredMaxAge")) {
            fields.put("BuddyProfileInput." + name, new NumberProbe(rangeOf(BuddyProfileInput.class, name), v -> {
                f.signInCoordinator();
                long id = f.volunteer("Hostile").id();
                profiles.register(id, with(buddy, name, v));
                return component(profiles.find(id).orElseThrow(), name);
            }));
        }
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Hostile", duos.buddy("Hostile", 3));
        ContactService contacts = f.bean(ContactService.class);
        fields.put("ContactInput.minutes", new NumberProbe(rangeOf(ContactInput.class, "minutes"), v -> {
            f.signInCoordinator();
            long id = contacts.log(new ContactInput(duo.id(), f.clock.today(), v, ActivityType.WALK, true, false,
                    null, null)).id();
            return contacts.of(duo.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow().minutes();
        }));
        CheckInService checkIns = f.bean(CheckInService.class);
        fields.put("CheckInInput.fitPulse", new NumberProbe(rangeOf(CheckInInput.class, "fitPulse"),
                (Staged<Integer>) () -> {
                    f.signInCoordinator();
                    CheckIn planned = checkIns.planExtra(duo.id(), f.clock.today());
                    return v -> checkIns.markDone(planned.id(), planned.version(), new CheckInInput(f.clock.today(),
                            v, true, null, null)).fitPulse().orElse(null);
                }));
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        ProposalService matches = f.bean(ProposalService.class);
        Staged<StartInput> accepted = () -> {
            Trajectory proposed = duos.proposed("Hostile", duos.buddy("Hostile", 1));
            Trajectory duoToStart = matches.accept(proposed.id(), proposed.version());
            return input -> trajectories.start(duoToStart.id(), duoToStart.version(), input);
        };
        fields.put("StartInput.hoursTarget", new NumberProbe(rangeOf(StartInput.class, "hoursTarget"),
                (Staged<Integer>) () -> {
                    Probe<StartInput> start = accepted.prepare();
                    return v -> ((Trajectory) start.storeAndReadBack(new StartInput(f.clock.today(), null, v,
                            Duos.AGREEMENT))).hoursTarget().orElse(null);
                }));
        OutcomeService outcomes = f.bean(OutcomeService.class);
        for (String name : List.of("selfConfidence", "outlook", "knowsWhereToGo", "localsSpokenTo", "wellbeing")) {
            fields.put("OutcomeInput." + name, new NumberProbe(rangeOf(OutcomeInput.class, name),
                    (Staged<Integer>) () -> {
                        Trajectory waiting = duos.waiting("Hostile", false);
                        return v -> {
                            outcomes.record(waiting.newcomerId(), with(new OutcomeInput(MeasureMoment.INTAKE,
                                    f.clock.today(), 3, 3, 3, 3, 3), name, v));
                            return v;
                        };
                    }));
        }
        GroupActivityService activities = f.bean(GroupActivityService.class);
        fields.put("GroupActivityInput.minutes", new NumberProbe(rangeOf(GroupActivityInput.class, "minutes"), v -> {
            f.signInCoordinator();
            long id = activities.plan(new GroupActivityInput("Picknick", f.clock.today(), v)).id();
            return activities.activities().stream().filter(a -> a.id() == id).findFirst().orElseThrow().minutes();
        }));
        ProgrammeSettingsService settings = f.bean(ProgrammeSettingsService.class);
        for (String name : List.of("hoursTarget", "plannedDurationMonths", "checkInRepeatMonths",
                "noContactWarningDays", "noContactAlertDays", "plannedEndWarningDays", "screeningValidMonths", "maxDistanceKm",
                "retentionMonths")) {
            fields.put("ProgrammeSettingsInput." + name, new NumberProbe(rangeOf(ProgrammeSettingsInput.class, name),
                    v -> {
                        f.signInAdmin();
                        ProgrammeSettings current = settings.current();
                        ProgrammeSettingsInput before = ProgrammeSettingsInput.of(current);
                        ProgrammeSettings changed = settings.change(current.version(), with(before, name, v));
                        Object stored = component(ProgrammeSettingsInput.of(changed), name);
                        settings.change(changed.version(), before);
                        return stored;
                    }));
        }
        return fields.entrySet().stream().map(field -> DynamicTest.dynamicTest(field.getKey(),
                () -> field.getValue().tryCorpus(field.getKey())));
    }

    @TestFactory
    Stream<DynamicTest> everyDateFieldRefusesDatesOutsideTheProgrammesLifetime() {
        f = fixture(KIND);
        Map<String, Staged<LocalDate>> fields = new LinkedHashMap<>();
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        fields.put("Consent.givenOn", () -> v -> {
            f.signInCoordinator();
            long id = f.volunteer("Hostile").id();
            return profiles.register(id, with(Profiles.buddy(), "consent", new Consent("2026-01", v))).consent()
                    .givenOn();
        });
        fields.put("BuddyProfileService.recordScreening", () -> {
            f.signInCoordinator();
            long id = f.volunteer("Hostile").id();
            profiles.register(id, Profiles.buddy());
            return v -> profiles.recordScreening(id, new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1, v, null))
                    .issuedOn();
        });
        Duos duos = new Duos(f);
        Trajectory duo = duos.active("Hostile", duos.buddy("Hostile", 3));
        fields.put("ContactInput.metOn", () -> v -> f.bean(ContactService.class).log(new ContactInput(duo.id(), v, 60,
                ActivityType.WALK, true, false, null, null)).metOn());
        CheckInService checkIns = f.bean(CheckInService.class);
        fields.put("CheckInInput.doneOn", () -> {
            f.signInCoordinator();
            CheckIn planned = checkIns.planExtra(duo.id(), f.clock.today());
            return v -> checkIns.markDone(planned.id(), planned.version(), new CheckInInput(v, 4, true, null, null))
                    .doneOn().orElse(null);
        });
        fields.put("CheckInService.planExtra(dueOn)", () -> v -> checkIns.planExtra(duo.id(), v).dueOn());
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        ProposalService matches = f.bean(ProposalService.class);
        for (String name : List.of("startOn", "plannedEnd")) {
            fields.put("StartInput." + name, () -> {
                Trajectory proposed = duos.proposed("Hostile", duos.buddy("Hostile", 1));
                Trajectory accepted = matches.accept(proposed.id(), proposed.version());
                return v -> component(trajectories.start(accepted.id(), accepted.version(),
                        with(new StartInput(f.clock.today(), null, null, Duos.AGREEMENT), name, v)),
                        name.equals("startOn") ? "startedOn" : name);
            });
        }
        fields.put("OutcomeInput.measuredOn", () -> {
            Trajectory waiting = duos.waiting("Hostile", false);
            return v -> {
                f.bean(OutcomeService.class).record(waiting.newcomerId(),
                        new OutcomeInput(MeasureMoment.INTAKE, v, 3, 3, 3, 3, 3));
                return v;
            };
        });
        fields.put("TrainingSessionInput.heldOn", () -> v -> f.bean(TrainingService.class).plan(
                new TrainingSessionInput(TrainingKind.BASIC_TRAINING, "Basisvorming", v, 120)).heldOn());
        fields.put("GroupActivityInput.heldOn", () -> v -> f.bean(GroupActivityService.class).plan(
                new GroupActivityInput("Picknick", v, 120)).heldOn());
        return fields.entrySet().stream().map(field -> DynamicTest.dynamicTest(field.getKey(), () -> {
            Tally tally = new Tally();
            for (Value<LocalDate> date : HostileInput.DATES) {
                f.signInCoordinator();
                tally.add(attempt(field.getKey() + " " + date, field.getValue(), date.value(), true));
            }
            report(field.getKey(), HostileInput.DATES.size(), tally);
        }));
    }

    /** A text field and what it must do with each group of the corpus. */
    private final class TextProbe {
        private final TextKind kind;
        private final Staged<String> probe;

        TextProbe(TextKind kind, Probe<String> probe) {
            this(kind, () -> probe);
        }

        TextProbe(TextKind kind, Staged<String> probe) {
            this.kind = kind;
            this.probe = probe;
        }

        void tryCorpus(String field) {
            Tally tally = new Tally();
            List<Value<String>> corpus = HostileInput.texts();
            for (Value<String> text : corpus) {
                String value = text.value();
                boolean mustRefuse = kind == TextKind.CODE
                        || HostileInput.CONTROL.contains(text)
                        || value.length() == HostileInput.TEN_THOUSAND.length()
                        || (kind == TextKind.LINE && HostileInput.LINE_BREAKS.contains(text));
                // A blank text is refused where the field is required; the consent version is short and set by
                // the form, so a long harmless text may be refused there too.
                boolean mustStore = !mustRefuse && !HostileInput.BLANK.contains(text)
                        && !field.equals("Consent.version");
                boolean refused = attempt(field + " " + text, probe, value, mustRefuse);
                assertThat(refused && mustStore).as("%s %s: a harmless text is stored, not refused", field, text)
                        .isFalse();
                tally.add(refused);
            }
            report(field, corpus.size(), tally);
        }
    }

    /** A whole-number field and its declared range. */
    private final class NumberProbe {
        private final long[] range;
        private final Staged<Integer> probe;

        NumberProbe(long[] range, Probe<Integer> probe) {
            this(range, () -> probe);
        }

        NumberProbe(long[] range, Staged<Integer> probe) {
            this.range = range;
            this.probe = probe;
        }

        void tryCorpus(String field) {
            Tally tally = new Tally();
            for (Value<Integer> number : HostileInput.NUMBERS) {
                boolean outside = number.value() < range[0] || number.value() > range[1];
                boolean refused = attempt(field + " " + number, probe, number.value(), outside);
                assertThat(refused).as("%s %s within %s", field, number, Arrays.toString(range)).isEqualTo(outside);
                tally.add(refused);
            }
            report(field, HostileInput.NUMBERS.size(), tally);
        }
    }

    /**
     * Tries one value in Dutch; when refused, checks that nothing was written and tries it again in English, and
     * compares the two messages; when stored, checks that it reads back unchanged.
     *
     * @return whether the value was refused
     */
    private <T> boolean attempt(String what, Staged<T> staged, T value, boolean mustRefuse) {
        f.user.speaking(DUTCH);
        Probe<T> probe = staged.prepare();
        Map<String, Integer> before = rowCounts();
        String dutch = refusal(probe, value);
        if (dutch == null) {
            assertThat(mustRefuse).as("%s was stored, but must be refused", what).isFalse();
            return false;
        }
        assertThat(rowCounts()).as("%s: a refusal writes nothing", what).isEqualTo(before);
        Probe<T> again = staged.prepare();
        f.user.speaking(Locale.ENGLISH);
        String english = refusal(again, value);
        f.user.speaking(DUTCH);
        assertThat(english).as("%s is refused in English too", what).isNotNull();
        for (String message : List.of(dutch, english)) {
            assertThat(message).as(what).isNotBlank().doesNotContain("{").doesNotContain("}");
            assertThat(HostileInput.looksLikeStackTrace(message)).as("%s: %s", what, message).isFalse();
        }
        assertThat(dutch).as("%s: Dutch and English differ", what).isNotEqualTo(english);
        return true;
    }

    /** The refusal's message in the current language, or null after checking that the value was stored unchanged. */
    private <T> String refusal(Probe<T> probe, T value) {
        Object stored;
        try {
            stored = probe.storeAndReadBack(value);
        } catch (ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining(" "));
        } catch (RuleViolationException rule) {
            return rule.message(f.user.locale());
        }
        if (value instanceof String text && text.isBlank() && stored == null) {
            return null;
        }
        assertThat(stored).as("read back").isEqualTo(value);
        return null;
    }

    private Map<String, Integer> rowCounts() {
        if (tables == null) {
            f.db().runInTransaction(em -> { });
            tables = f.pluginTables();
            assertThat(tables).contains("buddy_profile", "buddy_trajectory", "buddy_contact");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, f.queryInt("select count(*) from " + table));
        }
        return counts;
    }

    private static void report(String field, int tried, Tally tally) {
        System.out.printf("hostile %s: %d tried, %d refused, %d stored%n", field, tried, tally.refused,
                tally.stored);
    }

    private static final class Tally {
        int refused;
        int stored;

        void add(boolean wasRefused) {
            if (wasRefused) {
                refused++;
            } else {
                stored++;
            }
        }
    }

    private static Agreement agreement(int part, String value) {
        Agreement a = Duos.AGREEMENT;
        String[] parts = {a.goals(), a.rhythm(), a.buddyDoes().orElse(null), a.buddyDoesNot().orElse(null),
                a.referrals().orElse(null), a.contactPerson()};
        parts[part] = value;
        return new Agreement(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    private static String agreementPart(Agreement a, int part) {
        return List.of(a.goals(), a.rhythm(), a.buddyDoes().orElse(""), a.buddyDoesNot().orElse(""),
                a.referrals().orElse(""), a.contactPerson()).get(part);
    }

    private static String single(java.util.Collection<String> values) {
        assertThat(values).hasSize(1);
        return values.iterator().next();
    }

    /** A copy of {@code record} with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (R) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** The value of accessor {@code name}, unwrapped from an Optional. */
    private static Object component(Object source, String name) {
        try {
            var accessor = source.getClass().getMethod(name);
            accessor.setAccessible(true);
            Object value = accessor.invoke(source);
            return value instanceof java.util.Optional<?> optional ? optional.orElse(null) : value;
        } catch (ReflectiveOperationException e) {
            return fail("no accessor " + name + " on " + source.getClass());
        }
    }

    /** The {@code @Range} a record component declares. */
    private static long[] rangeOf(Class<? extends Record> type, String name) {
        try {
            var field = type.getDeclaredField(name);
            var range = field.getAnnotation(org.hibernate.validator.constraints.Range.class);
            return new long[] {range.min(), range.max()};
        } catch (NoSuchFieldException e) {
            return fail("no component " + name);
        }
    }
}
