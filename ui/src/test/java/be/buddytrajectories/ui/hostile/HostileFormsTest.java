package be.buddytrajectories.ui.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.checkin.CheckInService;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileService;
import be.buddytrajectories.core.programme.ProgrammeSettingsService;
import be.buddytrajectories.core.testing.HostileInput.Value;
import be.buddytrajectories.core.testing.HostileInput;
import be.buddytrajectories.core.training.TrainingKind;
import be.buddytrajectories.core.training.TrainingService;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.training.TrainingSessionInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonQuery;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.ui.admin.SettingsView;
import be.buddytrajectories.ui.duo.DuoView;
import be.buddytrajectories.ui.newcomers.IntakeView;
import be.buddytrajectories.ui.newcomers.NewcomerView;
import be.buddytrajectories.ui.selfservice.MyDuosView;
import be.buddytrajectories.ui.shell.Places;
import be.buddytrajectories.ui.testing.ViewFixture;
import be.buddytrajectories.ui.training.TrainingsView;
import be.buddytrajectories.ui.volunteers.VolunteerProfileView;
import be.buddytrajectories.ui.volunteers.VolunteersView;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every form of the plugin with the {@link HostileInput} corpus typed into its fields and saved: the form shows a
 * message in the user's language at the field or in a notification and nothing changes, or the value is saved and
 * shown back as text. Never a stack trace, never the "something went wrong" of an unexpected failure, never HTML
 * built from what a user typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"unchecked", "rawtypes"})
class HostileFormsTest {

    private ViewFixture f;
    private String unexpected;

    @BeforeAll
    void start() {
        f = ViewFixture.start();
        f.signInCoordinator();
        unexpected = UI.getCurrent().getTranslation("buddy.error.unexpected");
    }

    @AfterAll
    void stop() throws Exception {
        f.close();
    }

    @Test
    void theIntakeFormRefusesOrSavesEveryHostileTextAndShowsTheNameAsText() {
        NewcomerIntakeService intakes = f.bean(NewcomerIntakeService.class);
        Supplier<Object> state = () -> f.people.count(PersonKind.NEWCOMER) + "/" + intakeCount();
        record Target(String id, boolean singleLine, boolean required, Function<NewcomerIntake, Object> stored) {
        }
        List<Target> targets = List.of(
                new Target("buddy-intake-first-name", true, true, null),
                new Target("buddy-intake-about", false, false, i -> i.about().orElse(null)),
                new Target("buddy-intake-case-worker", true, false, i -> i.caseWorkerName().orElse(null)));
        for (Target target : targets) {
            tryTexts("IntakeForm " + target.id(), target.singleLine(), target.required(), value -> {
                open(IntakeView.class);
                fillIntake("Rasha", "Khalil");
                text(target.id(), value);
            }, "buddy-intake-save", state, value -> {
                Person newest = newestNewcomer();
                if (target.stored() == null) {
                    String name = target.id().endsWith("first-name") ? newest.firstName() : newest.lastName();
                    assertThat(name).isEqualTo(value.strip());
                    assertThat(_get(H2.class, spec -> spec.withId("buddy-newcomer-name")).getText())
                            .isEqualTo(newest.firstName() + " " + newest.lastName());
                    return;
                }
                Object stored = target.stored().apply(intakes.find(newest.id()).orElseThrow());
                assertThat(stored).isEqualTo(target.id().endsWith("interests") ? items(value) : textOrNull(value));
            });
        }
    }

    @Test
    void theBuddyProfileFormRefusesOrSavesEveryHostileTextAndNumber() {
        long lotte = f.buddy("Lotte");
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        Supplier<Object> state = () -> profiles.find(lotte).orElseThrow().version();
        record Target(String id, boolean singleLine, Function<BuddyProfile, Object> stored) {
        }
        for (Target target : List.of(
                new Target("buddy-profile-about", false, p -> p.about().orElse(null)),
                new Target("buddy-profile-interests", true, BuddyProfile::interests))) {
            tryTexts("BuddyProfileForm " + target.id(), target.singleLine(), false, value -> {
                f.signInCoordinator();
                open(VolunteerProfileView.class, lotte);
                text(target.id(), value);
            }, "buddy-profile-save", state, value -> assertThat(target.stored().apply(profiles.find(lotte)
                    .orElseThrow())).isEqualTo(target.id().endsWith("interests") ? items(value) : textOrNull(value)));
        }
        for (String[] number : new String[][] {{"buddy-profile-travel", "1", "100"},
                {"buddy-profile-max-age", "16", "110"}}) {
            tryNumbers("BuddyProfileForm " + number[0], Integer.parseInt(number[1]), Integer.parseInt(number[2]),
                    value -> {
                        open(VolunteerProfileView.class, lotte);
                        _setValue(_get(IntegerField.class, spec -> spec.withId(number[0])), value);
                    }, "buddy-profile-save", state);
        }
    }

    @Test
    void theDuoFormsRefuseOrSaveEveryHostileTextNumberAndDate() {
        Trajectory duo = f.active("Amina", f.buddy("Bram"));
        TrajectoryService trajectories = f.bean(TrajectoryService.class);
        ContactService contacts = f.bean(ContactService.class);
        CheckInService checkIns = f.bean(CheckInService.class);
        Supplier<Object> duoState = () -> trajectories.find(duo.id()).version();
        Runnable open = () -> {
            f.signInCoordinator();
            open(DuoView.class, duo.id());
        };
        for (String[] part : new String[][] {{"goals", "false", "true"}, {"contact-person", "true", "true"}}) {
            tryTexts("AgreementForm " + part[0], Boolean.parseBoolean(part[1]), Boolean.parseBoolean(part[2]),
                    value -> {
                        open.run();
                        text("buddy-agreement-" + part[0], value);
                    }, "buddy-agreement-save", duoState, value -> {
                        var agreement = trajectories.find(duo.id()).agreement().orElseThrow();
                        Object stored = part[0].equals("goals") ? agreement.goals() : agreement.contactPerson();
                        assertThat(stored).isEqualTo(textOrNull(value));
                    });
        }
        Supplier<Object> contactState = () -> contacts.of(duo.id()).size();
        tryTexts("ContactForm note", false, false, value -> {
            open.run();
            text("buddy-contact-note", value);
            _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-contact-activity")),
                    be.buddytrajectories.core.contact.ActivityType.WALK);
        }, "buddy-contact-save", contactState, value -> assertThat(contacts.of(duo.id()).stream()
                .map(c -> c.coordinatorNote().orElse(null))).contains(textOrNull(value)));
        tryNumbers("ContactForm minutes", 5, 720, value -> {
            open.run();
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-contact-minutes")), value);
            _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-contact-activity")),
                    be.buddytrajectories.core.contact.ActivityType.WALK);
        }, "buddy-contact-save", contactState);
        tryDates("ContactForm date", value -> {
            open.run();
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-contact-date")), value);
            _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-contact-activity")),
                    be.buddytrajectories.core.contact.ActivityType.WALK);
        }, "buddy-contact-save", contactState);

        Supplier<Object> checkInState = () -> checkIns.of(duo.id()).stream().filter(CheckIn::done).count();
        Runnable openCheckIn = () -> {
            f.signInCoordinator();
            checkIns.planExtra(duo.id(), ViewFixture.TODAY);
            open(DuoView.class, duo.id());
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-check-in-pulse")), 4);
            _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                    spec -> spec.withId("buddy-check-in-rhythm")), Boolean.TRUE);
        };
        tryTexts("CheckInForm concerns", false, false, value -> {
            openCheckIn.run();
            text("buddy-check-in-concerns", value);
        }, "buddy-check-in-save", checkInState, value -> assertThat(checkIns.of(duo.id()).stream()
                .map(c -> c.concerns().orElse(null))).contains(textOrNull(value)));
        tryNumbers("CheckInForm pulse", 1, 5, value -> {
            openCheckIn.run();
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-check-in-pulse")), value);
        }, "buddy-check-in-save", checkInState);
        tryDates("CheckInForm date", value -> {
            openCheckIn.run();
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-check-in-date")), value);
        }, "buddy-check-in-save", checkInState);

        tryTexts("DuoView pause reason", false, true, value -> {
            f.signInCoordinator();
            Trajectory current = trajectories.find(duo.id());
            if (current.pausedOn().isPresent() && current.status().name().equals("PAUSED")) {
                trajectories.resume(duo.id(), current.version());
            }
            open(DuoView.class, duo.id());
            text("buddy-pause-reason", value);
        }, "buddy-pause", duoState, value -> {
            assertThat(trajectories.find(duo.id()).pauseReason()).contains(value);
            assertThat(_find(Span.class)).extracting(Span::getText).anyMatch(text -> text.contains(value));
        });
    }

    @Test
    void theStartFormRefusesDatesOutsideTheProgrammesLifetime() {
        for (Value<LocalDate> date : HostileInput.DATES) {
            Trajectory proposed = f.proposed("Yara", f.buddy("Sofie"));
            Trajectory accepted = f.bean(be.buddytrajectories.core.matchproposal.ProposalService.class)
                    .accept(proposed.id(), proposed.version());
            open(DuoView.class, accepted.id());
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-start-date")), date.value());
            text("buddy-agreement-goals", "Nederlands oefenen");
            text("buddy-agreement-rhythm", "wekelijks");
            text("buddy-agreement-contact-person", "Ilse");
            List<String> shown = save("buddy-start");
            assertRefusedClearly("StartForm " + date, shown);
            assertThat(f.bean(TrajectoryService.class).find(accepted.id()).startedOn()).isEmpty();
        }
        report("AgreementForm start date", HostileInput.DATES.size(), HostileInput.DATES.size(), 0);
    }

    @Test
    void theOutcomeFormRefusesScoresAndDatesOutOfRange() {
        int tried = 0;
        for (Value<Integer> number : HostileInput.NUMBERS) {
            for (String id : List.of("buddy-outcome-self-confidence", "buddy-outcome-locals")) {
                long newcomer = newcomerWithOutcomeConsent();
                open(NewcomerView.class, newcomer);
                fillOutcome();
                _setValue(_get(IntegerField.class, spec -> spec.withId(id)), number.value());
                List<String> shown = save("buddy-outcome-save");
                boolean inRange = id.endsWith("locals") && number.value() == 0;
                if (inRange) {
                    assertThat(shown).as(id + " " + number).isEmpty();
                } else {
                    assertRefusedClearly("OutcomeForm " + id + " " + number, shown);
                }
                tried++;
            }
        }
        for (Value<LocalDate> date : HostileInput.DATES) {
            long newcomer = newcomerWithOutcomeConsent();
            open(NewcomerView.class, newcomer);
            fillOutcome();
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-outcome-date")), date.value());
            assertRefusedClearly("OutcomeForm date " + date, save("buddy-outcome-save"));
            tried++;
        }
        report("OutcomeForm", tried, tried - HostileInput.NUMBERS.stream().filter(n -> n.value() == 0).count(),
                HostileInput.NUMBERS.stream().filter(n -> n.value() == 0).count());
    }

    @Test
    void theTrainingFormsRefuseOrSaveEveryHostileTitleAndShowAttendeesNamesAsText() {
        TrainingService trainings = f.bean(TrainingService.class);
        Supplier<Object> state = () -> trainings.sessions().size();
        tryTexts("SessionForm title", true, true, value -> {
            f.signInCoordinator();
            open(TrainingsView.class);
            _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-training-kind")), TrainingKind.BASIC_TRAINING);
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-training-date")), ViewFixture.TODAY);
            text("buddy-training-title", value);
        }, "buddy-training-plan", state, value -> assertThat(trainings.sessions()).extracting(TrainingSession::title)
                .contains(value.strip()));
        tryDates("SessionForm date", value -> {
            open(TrainingsView.class);
            _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-training-kind")), TrainingKind.BASIC_TRAINING);
            text("buddy-training-title", "Basisvorming");
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-training-date")), value);
        }, "buddy-training-plan", state);
        tryNumbers("SessionForm activity minutes", 5, 720, value -> {
            open(TrainingsView.class);
            text("buddy-activity-title", "Picknick");
            _setValue(_get(DatePicker.class, spec -> spec.withId("buddy-activity-date")), ViewFixture.TODAY);
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-activity-minutes")), value);
        }, "buddy-activity-plan", () -> f.bean(be.buddytrajectories.core.activity.GroupActivityService.class)
                .activities().size());

        List<Long> hostileBuddies = new ArrayList<>();
        for (Value<String> name : HostileInput.HARMLESS_WHEN_ESCAPED) {
            long id = f.people.add(PersonKind.VOLUNTEER, name.value(), "Claes").id();
            f.bean(BuddyProfileService.class).register(id, ViewFixture.profile());
            hostileBuddies.add(id);
        }
        TrainingSession session = trainings.plan(new TrainingSessionInput(TrainingKind.INTERVISION, "Intervisie",
                ViewFixture.TODAY, 120));
        open(TrainingsView.class);
        MultiSelectComboBox<Person> attendance = _get(MultiSelectComboBox.class,
                spec -> spec.withId("buddy-training-attendance-" + session.id()));
        List<String> labels = attendance.getListDataView().getItems().map(attendance.getItemLabelGenerator())
                .toList();
        for (Value<String> name : HostileInput.HARMLESS_WHEN_ESCAPED) {
            assertThat(labels).as(name.name()).anyMatch(label -> label.startsWith(name.value() + " "));
        }
        _setValue(attendance, attendance.getListDataView().getItems()
                .filter(p -> hostileBuddies.contains(p.id())).collect(Collectors.toSet()));
        assertThat(save("buddy-training-attendance-" + session.id() + "-save")).isEmpty();
        assertThat(trainings.sessions().stream().filter(s -> s.id() == session.id()).findFirst().orElseThrow()
                .attendees()).containsExactlyInAnyOrderElementsOf(hostileBuddies);
        assertNothingRenderedAsHtml();
        report("AttendanceForm names", hostileBuddies.size(), 0, hostileBuddies.size());
    }

    @Test
    void theSettingsFormRefusesHostileSchedulesAndNumbersOutOfRange() {
        f.signInAdmin();
        ProgrammeSettingsService settings = f.bean(ProgrammeSettingsService.class);
        Supplier<Object> state = () -> settings.current().version();
        tryTexts("SettingsForm check-in schedule", true, true, value -> {
            open(SettingsView.class);
            text("buddy-settings-check-in-schedule", value);
        }, "buddy-settings-save", state, value -> {
            throw new AssertionError("a hostile schedule was saved: " + value);
        });
        for (String[] field : new String[][] {{"buddy-settings-hours-target", "1", "500"},
                {"buddy-settings-duration", "1", "36"}, {"buddy-settings-retention", "1", "120"},
                {"buddy-settings-end-warning", "0", "90"}}) {
            tryNumbers("SettingsForm " + field[0], Integer.parseInt(field[1]), Integer.parseInt(field[2]), value -> {
                open(SettingsView.class);
                _setValue(_get(IntegerField.class, spec -> spec.withId(field[0])), value);
            }, "buddy-settings-save", state);
        }
        List<Double> weights = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, 1e12);
        for (double weight : weights) {
            open(SettingsView.class);
            _setValue(_get(NumberField.class, spec -> spec.withId("buddy-weight-language")), weight);
            Object before = state.get();
            assertRefusedClearly("SettingsForm weight " + weight, save("buddy-settings-save"));
            assertThat(state.get()).isEqualTo(before);
        }
        report("SettingsForm weights", weights.size(), weights.size(), 0);
        f.signInCoordinator();
    }

    @Test
    void theBuddysOwnFormsRefuseNumbersOutOfRange() {
        long bram = f.buddy("Bram");
        Trajectory duo = f.active("Hiba", bram);
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        ContactService contacts = f.bean(ContactService.class);
        tryNumbers("AvailabilityForm capacity", 1, 3, value -> {
            f.signInBuddy(bram);
            open(MyDuosView.class);
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-me-capacity")), value);
        }, "buddy-me-save", () -> profiles.find(bram).orElseThrow().version());
        tryNumbers("WeMetPanel minutes", 5, 720, value -> {
            f.signInBuddy(bram);
            open(MyDuosView.class);
            _click(_get(Button.class, spec -> spec.withId("buddy-we-met-" + duo.id())));
            _setValue(_get(IntegerField.class, spec -> spec.withId("buddy-we-met-minutes-" + duo.id())), value);
        }, "buddy-we-met-" + duo.id() + "-WALK", () -> {
            f.signInCoordinator();
            int count = contacts.of(duo.id()).size();
            f.signInBuddy(bram);
            return count;
        });
        f.signInCoordinator();
    }

    @Test
    void searchSnippetsShowHostileProfileTextAsTextWithOnlyTheMatchesBold() {
        long eva = f.buddy("Eva");
        BuddyProfileService profiles = f.bean(BuddyProfileService.class);
        BuddyProfile profile = profiles.find(eva).orElseThrow();
        String about = "<script>alert(1)</script> <img src=x onerror=alert(1)> <b>vet</b> schaken";
        profiles.update(eva, profile.version(), new be.buddytrajectories.core.profile.BuddyProfileInput(
                Set.of(new be.buddytrajectories.core.person.LanguageSkill("nl",
                        be.buddytrajectories.core.person.LanguageLevel.NATIVE)), Set.of("schaken"), null, about,
                null, null, profile.availability(), profile.location(), 10, 1, null, null, null, false, false,
                profile.consent()));
        f.awaitIndexed();
        open(VolunteersView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("buddy-volunteer-search")), "schaken");

        Div hit = _get(Div.class, spec -> spec.withId("buddy-volunteer-hit-" + eva));
        String shown = _find(hit, Span.class).stream().filter(s -> s.getChildren().findAny().isEmpty())
                .map(Span::getText).collect(Collectors.joining());
        assertThat(shown).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>")
                .contains("<b>vet</b>");
        assertThat(_find(hit, Span.class, spec -> spec.withClasses("buddy-snippet-hit"))).extracting(Span::getText)
                .containsExactly("schaken");
        assertNothingRenderedAsHtml();
    }

    // --- the corpus, a field at a time ---

    /**
     * Types each text of the corpus with {@code fill}, saves with {@code saveId} and checks the outcome.
     *
     * @param state  what a refusal must leave unchanged (a count, a version)
     * @param stored checks a saved value, read back through the services and on screen
     */
    private void tryTexts(String form, boolean singleLine, boolean required, java.util.function.Consumer<String> fill,
                          String saveId, Supplier<Object> state, java.util.function.Consumer<String> stored) {
        int refused = 0;
        List<Value<String>> corpus = HostileInput.sample();
        for (Value<String> text : corpus) {
            String what = form + " " + text;
            fill.accept(text.value());
            Object before = state.get();
            List<String> shown = save(saveId);
            if (shown.isEmpty()) {
                assertThat(HostileInput.mustRefuse(text, singleLine)).as("%s was saved", what).isFalse();
                stored.accept(text.value());
            } else {
                assertRefusedClearly(what, shown);
                assertThat(state.get()).as("%s: a refusal changes nothing", what).isEqualTo(before);
                boolean blank = text.value().isBlank();
                assertThat(HostileInput.mustRefuse(text, singleLine) || blank && required || form.contains("schedule"))
                        .as("%s was refused: %s", what, shown).isTrue();
                refused++;
            }
            assertNothingRenderedAsHtml();
        }
        report(form, corpus.size(), refused, corpus.size() - refused);
    }

    private void tryNumbers(String form, int min, int max, java.util.function.Consumer<Integer> fill, String saveId,
                            Supplier<Object> state) {
        int refused = 0;
        for (Value<Integer> number : HostileInput.NUMBERS) {
            String what = form + " " + number;
            fill.accept(number.value());
            Object before = state.get();
            List<String> shown = save(saveId);
            boolean outside = number.value() < min || number.value() > max;
            if (outside) {
                assertRefusedClearly(what, shown);
                assertThat(state.get()).as("%s: a refusal changes nothing", what).isEqualTo(before);
                refused++;
            } else {
                assertThat(shown).as(what).isEmpty();
            }
        }
        report(form, HostileInput.NUMBERS.size(), refused, HostileInput.NUMBERS.size() - refused);
    }

    private void tryDates(String form, java.util.function.Consumer<LocalDate> fill, String saveId,
                          Supplier<Object> state) {
        for (Value<LocalDate> date : HostileInput.DATES) {
            fill.accept(date.value());
            Object before = state.get();
            assertRefusedClearly(form + " " + date, save(saveId));
            assertThat(state.get()).as("%s %s: a refusal changes nothing", form, date).isEqualTo(before);
        }
        report(form, HostileInput.DATES.size(), HostileInput.DATES.size(), 0);
    }

    /** Clicks the button and returns the problems shown: field errors and error notifications. */
    private List<String> save(String buttonId) {
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        List<String> shown = new ArrayList<>();
        for (Notification notification : NotificationsKt.getNotifications()) {
            if (notification.getId().filter("buddy-problem"::equals).isPresent()) {
                shown.add("notification: " + notification.getElement().getProperty("text"));
            }
        }
        descendants(UI.getCurrent()).filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> c.getId().orElse("?") + ": " + ((HasValidation) c).getErrorMessage()).forEach(shown::add);
        return shown;
    }

    private void assertRefusedClearly(String what, List<String> shown) {
        assertThat(shown).as("%s is refused with a message", what).isNotEmpty();
        for (String shownAt : shown) {
            String message = shownAt.substring(shownAt.indexOf(": ") + 2);
            assertThat(message).as("%s: %s", what, shownAt).isNotBlank().isNotEqualTo(unexpected);
            assertThat(HostileInput.looksLikeStackTrace(message)).as("%s: %s", what, message).isFalse();
        }
    }

    /** No Html component, and no element whose inner HTML a view set: every user text went in as text. */
    private void assertNothingRenderedAsHtml() {
        assertThat(_find(Html.class)).isEmpty();
        assertThat(descendants(UI.getCurrent()).filter(c -> c.getElement().getProperty("innerHTML") != null))
                .isEmpty();
    }

    /** Opens a view as a fresh instance: navigating to the route already shown would keep the old form. */
    private static void open(Class<? extends Component> view) {
        if (showing(view)) {
            UI.getCurrent().refreshCurrentRoute(false);
        } else {
            UI.getCurrent().navigate(view);
        }
    }

    private static <T, C extends Component & com.vaadin.flow.router.HasUrlParameter<T>> void open(Class<C> view,
                                                                                                  T parameter) {
        String location = com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(view, parameter);
        if (showing(view) && UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals(location)) {
            UI.getCurrent().refreshCurrentRoute(false);
        } else {
            UI.getCurrent().navigate(view, parameter);
        }
    }

    private static boolean showing(Class<? extends Component> view) {
        List<com.vaadin.flow.component.HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.get(0).getClass().equals(view);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HostileFormsTest::descendants));
    }

    private static void text(String id, String value) {
        _setValue((HasValue) _get(Component.class, spec -> spec.withId(id)), value);
    }

    private void fillIntake(String first, String last) {
        text("buddy-intake-first-name", first);
        text("buddy-intake-last-name", last);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-gender")), Gender.F);
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-place")), Places.ALL.get(0));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("buddy-intake-languages")), Set.of("ar"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-dutch-level")), DutchLevel.A0);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("buddy-intake-goals")), Set.of(Goal.SOCIAL_NETWORK));
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-intake-family")), FamilySituation.SINGLE);
        _setValue(_get(Checkbox.class, spec -> spec.withId("buddy-intake-consent")), true);
    }

    private void fillOutcome() {
        _setValue(_get(ComboBox.class, spec -> spec.withId("buddy-outcome-moment")),
                be.buddytrajectories.core.outcome.MeasureMoment.INTAKE);
        for (String id : List.of("buddy-outcome-self-confidence", "buddy-outcome-outlook",
                "buddy-outcome-knows-where", "buddy-outcome-locals", "buddy-outcome-wellbeing")) {
            _setValue(_get(IntegerField.class, spec -> spec.withId(id)), 3);
        }
    }

    private long newcomerWithOutcomeConsent() {
        f.signInCoordinator();
        long id = f.people.add(PersonKind.NEWCOMER, "Noor", "Haddad").id();
        NewcomerIntakeInput in = ViewFixture.intake(false);
        f.bean(NewcomerIntakeService.class).register(id, new NewcomerIntakeInput(in.contactLanguages(),
                in.dutchLevel(), in.interests(), in.interestsNote(), in.goals(), in.about(), in.profession(),
                in.availability(), in.location(), in.buddyGenderPreference(), in.familySituation(), in.pntObliged(),
                in.caseWorkerName(), in.caseWorkerAgency(), in.consent(), true));
        return id;
    }

    private int intakeCount() {
        return f.bean(TrajectoryService.class).waitingList().size();
    }

    private Person newestNewcomer() {
        return f.people.search(PersonQuery.all(PersonKind.NEWCOMER, 0, 1000)).people().stream()
                .max(java.util.Comparator.comparingLong(Person::id)).orElseThrow();
    }

    /** What a form makes of a comma-separated list of interests. */
    private static Set<String> items(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String textOrNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static void report(String form, long tried, long refused, long stored) {
        System.out.printf("hostile form %s: %d tried, %d refused, %d stored%n", form, tried, refused, stored);
        assertThat(refused + stored).isEqualTo(tried);
        Objects.requireNonNull(form);
    }
}
