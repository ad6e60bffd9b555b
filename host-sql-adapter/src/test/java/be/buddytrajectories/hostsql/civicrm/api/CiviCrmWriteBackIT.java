package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CrmWriteBack.BuddyRelationship;
import be.buddytrajectories.hostapi.CrmWriteBack.ContactActivity;
import be.buddytrajectories.hostapi.CrmWriteFailed;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Buddy contacts and duos written into a CiviCRM site over HTTP: stored as given, once per key whatever answer got
 * lost, and every way it can fail reported with CiviCRM's message and whether trying again can help.
 */
class CiviCrmWriteBackIT {

    private static final String KEY = "write-back-api-key-0815";
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(400);
    private static final LocalDateTime MET = LocalDateTime.of(2026, 3, 4, 18, 30);
    private static final LocalDate STARTED = LocalDate.of(2026, 2, 1);

    private FakeCiviCrm site;
    private long buddy;
    private long newcomer;
    private long buddyContactType;
    private CiviCrmWriteBack writeBack;

    @BeforeEach
    void start() throws IOException {
        site = new FakeCiviCrm(KEY);
        buddy = site.add("Contact", Map.of("first_name", "Jan", "last_name", "Peeters", "contact_sub_type",
                List.of("Volunteer")));
        newcomer = site.add("Contact", Map.of("first_name", "Amina", "last_name", "Haddad", "contact_sub_type",
                List.of("Newcomer")));
        buddyContactType = site.addActivityType(CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE);
        site.addRelationshipType(CiviCrmWriteBackSettings.DEFAULT_RELATIONSHIP_TYPE, "Buddy is", "Individual",
                "Individual");
        writeBack = writeBack(KEY, CiviCrmWriteBackSettings.of(Set.of(CrmWriteBack.Write.values())));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CiviCrmWriteBack writeBack(String key, CiviCrmWriteBackSettings settings) {
        return new CiviCrmWriteBack(new CiviCrmApi(new CiviCrmApiSettings(site.siteUrl(), key, Duration.ofSeconds(2),
                REQUEST_TIMEOUT, 50)), settings);
    }

    private ContactActivity contact(long key) {
        return new ContactActivity(key, Set.of(buddy), newcomer, MET, 90, "Buddy contact: a walk in the park");
    }

    private BuddyRelationship duo() {
        return new BuddyRelationship(17, buddy, newcomer, STARTED);
    }

    private List<Map<String, Object>> activities() {
        return site.records("Activity");
    }

    private long creates(String entity) {
        return site.calls().stream().filter(c -> c.entity().equals(entity) && c.action().equals("create")).count();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void aContactBecomesACompletedActivityAssignedToTheBuddyWithTheNewcomerAsTargetAsGiven() {
        String id = writeBack.recordContact(contact(41));

        assertThat(activities()).singleElement().satisfies(activity -> {
            assertThat(String.valueOf(activity.get("id"))).isEqualTo(id);
            assertThat(number(activity.get("activity_type_id"))).isEqualTo(buddyContactType);
            assertThat(activity.get("activity_date_time")).isEqualTo("2026-03-04 18:30:00");
            assertThat(number(activity.get("duration"))).isEqualTo(90);
            assertThat(activity.get("subject")).isEqualTo("Buddy contact: a walk in the park");
            assertThat(activity.get("status_id:name")).isEqualTo("Completed");
            assertThat(number(activity.get("source_record_id"))).isEqualTo(41);
            assertThat(number(activity.get("source_contact_id"))).isEqualTo(buddy);
            assertThat((List<?>) activity.get("assignee_contact_id")).extracting(CiviCrmWriteBackIT::number)
                    .containsExactly(buddy);
            assertThat((List<?>) activity.get("target_contact_id")).extracting(CiviCrmWriteBackIT::number)
                    .containsExactly(newcomer);
        });
        assertThat(site.records("ActivityContact")).extracting(ac -> number(ac.get("contact_id")),
                        ac -> number(ac.get("record_type_id")))
                .containsExactlyInAnyOrder(tuple(buddy, (long) FakeCiviCrm.SOURCE),
                        tuple(buddy, (long) FakeCiviCrm.ASSIGNEE),
                        tuple(newcomer, (long) FakeCiviCrm.TARGET));
    }

    @Test
    void aTridemsContactIsAssignedToBothBuddiesAndAddedByOne() {
        long secondBuddy = site.add("Contact", Map.of("first_name", "Els", "last_name", "Maes", "contact_sub_type",
                List.of("Volunteer")));

        writeBack.recordContact(new ContactActivity(52, Set.of(secondBuddy, buddy), newcomer, MET, 45, "Tridem"));

        assertThat(activities()).singleElement().satisfies(activity -> {
            assertThat((List<?>) activity.get("assignee_contact_id")).extracting(CiviCrmWriteBackIT::number)
                    .containsExactlyInAnyOrder(buddy, secondBuddy);
            assertThat(number(activity.get("source_contact_id"))).isEqualTo(Math.min(buddy, secondBuddy));
        });
    }

    @ParameterizedTest
    @EnumSource(names = {"ANSWER_LOST", "CONNECTION_DROPPED"})
    void aContactWhoseAnswerWasLostAfterCiviCrmStoredItIsOneActivityAfterTheRetry(FakeCiviCrm.Failure lost) {
        site.failNext("Activity", "create", lost);

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(42)), CrmWriteFailed.class);
        String id = writeBack.recordContact(contact(42));

        assertThat(failed.permanent()).isFalse();
        assertThat(activities()).singleElement()
                .satisfies(activity -> assertThat(String.valueOf(activity.get("id"))).isEqualTo(id));
        assertThat(creates("Activity")).as("the retry found the stored activity").isEqualTo(1);
    }

    @Test
    void theSameContactWrittenTwiceIsOneActivity() {
        String first = writeBack.recordContact(contact(43));
        String second = writeBack.recordContact(contact(43));
        writeBack.recordContact(contact(44));

        assertThat(second).isEqualTo(first);
        assertThat(activities()).extracting(a -> number(a.get("source_record_id"))).containsExactly(43L, 44L);
    }

    @Test
    void aServerErrorIsNotPermanentNamesCiviCrmsMessageAndStoresNothing() {
        site.failNext("Activity", "create", FakeCiviCrm.Failure.SERVER_ERROR);

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(45)), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining(FakeCiviCrm.SERVER_ERROR_MESSAGE).hasMessageContaining("HTTP 500");
        assertThat(activities()).isEmpty();
    }

    @Test
    void anAnswerPastTheTimeoutIsNotPermanent() {
        site.failNext("Activity", "get", FakeCiviCrm.Failure.SLOW);

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(46)), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining("no answer within 400 ms");
        assertThat(creates("Activity")).isZero();
    }

    @Test
    void anUnreachableSiteIsNotPermanent() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        CiviCrmWriteBack unreachable = new CiviCrmWriteBack(new CiviCrmApi(new CiviCrmApiSettings(closed, KEY,
                Duration.ofSeconds(2), REQUEST_TIMEOUT, 50)), CiviCrmWriteBackSettings.of(
                Set.of(CrmWriteBack.Write.BUDDY_RELATIONSHIP)));

        CrmWriteFailed failed = catchThrowableOfType(() -> unreachable.startRelationship(duo()), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining("cannot connect to 127.0.0.1");
    }

    @Test
    void aRefusedKeyIsNotPermanentShowsCiviCrmsAnswerAndNeverTheKey() {
        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack("stale-" + KEY, CiviCrmWriteBackSettings.of(
                Set.of(CrmWriteBack.Write.CONTACT_ACTIVITY))).recordContact(contact(47)), CrmWriteFailed.class);

        assertThat(failed.permanent()).as("an administrator fixes the key, then the write goes through").isFalse();
        assertThat(failed).hasMessageContaining("HTTP 401 Invalid credential").hasMessageContaining("API key")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aMissingPermissionIsNotPermanentAndSaysSo() {
        site.forbid("Activity");

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(48)), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining("HTTP 403").hasMessageContaining(FakeCiviCrm.FORBIDDEN_MESSAGE)
                .hasMessageContaining("permissions");
    }

    @Test
    void malformedJsonIsNotPermanent() {
        site.failNext("Activity", "get", FakeCiviCrm.Failure.MALFORMED_JSON);

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(49)), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingActivityTypeSaysWhatToCreateAndIsFoundOnceCreated() {
        CiviCrmWriteBack meetings = writeBack(KEY, new CiviCrmWriteBackSettings("Buddy meeting",
                CiviCrmWriteBackSettings.DEFAULT_RELATIONSHIP_TYPE, Set.of(CrmWriteBack.Write.CONTACT_ACTIVITY)));

        CrmWriteFailed failed = catchThrowableOfType(() -> meetings.recordContact(contact(50)), CrmWriteFailed.class);
        long type = site.addActivityType("Buddy meeting");
        meetings.recordContact(contact(50));

        assertThat(failed.permanent()).as("an administrator creates the type, then the write goes through").isFalse();
        assertThat(failed).hasMessageContaining("no activity type \"Buddy meeting\"")
                .hasMessageContaining("Activity Types");
        assertThat(activities()).singleElement()
                .satisfies(activity -> assertThat(number(activity.get("activity_type_id"))).isEqualTo(type));
    }

    @Test
    void aMissingRelationshipTypeSaysWhatToCreate() {
        CiviCrmWriteBack mentors = writeBack(KEY, new CiviCrmWriteBackSettings(
                CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE, "Mentor of",
                Set.of(CrmWriteBack.Write.BUDDY_RELATIONSHIP)));

        CrmWriteFailed failed = catchThrowableOfType(() -> mentors.startRelationship(duo()), CrmWriteFailed.class);

        assertThat(failed.permanent()).isFalse();
        assertThat(failed).hasMessageContaining("no relationship type \"Mentor of\"")
                .hasMessageContaining("Relationship Types").hasMessageContaining("Individual");
        assertThat(creates("Relationship")).isZero();
    }

    @Test
    void aContactThatDoesNotExistIsAPermanentRefusalWithCiviCrmsMessage() {
        ContactActivity withNobody = new ContactActivity(51, Set.of(buddy), 999, MET, 60, "Buddy contact");
        BuddyRelationship ofNobody = new BuddyRelationship(18, 998, newcomer, STARTED);

        CrmWriteFailed activity = catchThrowableOfType(() -> writeBack.recordContact(withNobody),
                CrmWriteFailed.class);
        CrmWriteFailed relationship = catchThrowableOfType(() -> writeBack.startRelationship(ofNobody),
                CrmWriteFailed.class);

        assertThat(activity.permanent()).isTrue();
        assertThat(activity).hasMessageContaining("the newcomer (contact 999) does not exist")
                .hasMessageContaining(FakeCiviCrm.CONSTRAINT_VIOLATION);
        assertThat(relationship.permanent()).isTrue();
        assertThat(relationship).hasMessageContaining("the buddy (contact 998) does not exist")
                .hasMessageContaining(FakeCiviCrm.INVALID_RELATIONSHIP);
        assertThat(activities()).isEmpty();
        assertThat(site.records("ActivityContact")).isEmpty();
        assertThat(site.records("Relationship")).isEmpty();
    }

    @Test
    void aRelationshipStartedTwiceIsOneActiveRelationshipFromBuddyToNewcomer() {
        String first = writeBack.startRelationship(duo());
        String second = writeBack.startRelationship(duo());

        assertThat(second).isEqualTo(first);
        assertThat(site.records("Relationship")).singleElement().satisfies(relationship -> {
            assertThat(number(relationship.get("contact_id_a"))).isEqualTo(buddy);
            assertThat(number(relationship.get("contact_id_b"))).isEqualTo(newcomer);
            assertThat(relationship.get("is_active")).isEqualTo(true);
            assertThat(relationship.get("start_date")).isEqualTo("2026-02-01");
            assertThat(relationship.get("end_date")).isNull();
            assertThat(relationship.get("description")).isEqualTo("Buddy Trajectories duo 17");
        });
    }

    @Test
    void eachBuddyOfATridemHasHisOwnRelationshipWithTheNewcomer() {
        long secondBuddy = site.add("Contact", Map.of("first_name", "Els", "last_name", "Maes", "contact_sub_type",
                List.of("Volunteer")));

        String first = writeBack.startRelationship(duo());
        String second = writeBack.startRelationship(new BuddyRelationship(17, secondBuddy, newcomer, STARTED));
        writeBack.endRelationship(duo(), LocalDate.of(2026, 8, 31));

        assertThat(second).isNotEqualTo(first);
        assertThat(site.records("Relationship")).extracting(r -> number(r.get("contact_id_a")),
                r -> r.get("is_active")).containsExactlyInAnyOrder(tuple(buddy, false), tuple(secondBuddy, true));
    }

    @Test
    void aRelationshipWhoseAnswerWasLostIsOneRelationshipAfterTheRetry() {
        site.failNext("Relationship", "create", FakeCiviCrm.Failure.ANSWER_LOST);

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.startRelationship(duo()), CrmWriteFailed.class);
        writeBack.startRelationship(duo());

        assertThat(failed.permanent()).isFalse();
        assertThat(site.records("Relationship")).hasSize(1);
        assertThat(creates("Relationship")).isEqualTo(1);
    }

    @Test
    void anEndedRelationshipIsInactiveWithItsEndDateAndEndingItAgainWritesNothing() {
        writeBack.startRelationship(duo());

        writeBack.endRelationship(duo(), LocalDate.of(2026, 8, 31));
        int callsAfterTheEnd = site.calls().size();
        writeBack.endRelationship(duo(), LocalDate.of(2026, 8, 31));

        assertThat(site.records("Relationship")).singleElement().satisfies(relationship -> {
            assertThat(relationship.get("is_active")).isEqualTo(false);
            assertThat(relationship.get("end_date")).isEqualTo("2026-08-31");
            assertThat(relationship.get("start_date")).isEqualTo("2026-02-01");
        });
        assertThat(site.calls().subList(callsAfterTheEnd, site.calls().size()))
                .noneMatch(FakeCiviCrm.Call::writes);
    }

    @Test
    void endingARelationshipThatWasNeverStartedWritesNothing() {
        writeBack.endRelationship(duo(), LocalDate.of(2026, 8, 31));

        assertThat(site.calls()).isNotEmpty().noneMatch(FakeCiviCrm.Call::writes);
        assertThat(site.records("Relationship")).isEmpty();
    }

    @Test
    void anActiveRelationshipOfTheTypeFromTheSameDayNotWrittenByUsIsAPermanentRefusal() {
        long type = number(site.records("RelationshipType").get(0).get("id"));
        site.add("Relationship", Map.of("relationship_type_id", type, "contact_id_a", buddy, "contact_id_b",
                newcomer, "start_date", "2026-02-01", "is_active", true, "description", "entered by hand"));

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.startRelationship(duo()), CrmWriteFailed.class);

        assertThat(failed.permanent()).isTrue();
        assertThat(failed).hasMessageContaining(FakeCiviCrm.DUPLICATE_RELATIONSHIP)
                .hasMessageContaining("already has an active relationship");
    }

    @Test
    void theStillActiveRelationshipOfAnEarlierDuoOfTheTwoIsARefusalForNowNotForGood() {
        long type = number(site.records("RelationshipType").get(0).get("id"));
        site.add("Relationship", Map.of("relationship_type_id", type, "contact_id_a", buddy, "contact_id_b",
                newcomer, "start_date", "2026-02-01", "is_active", true,
                "description", CiviCrmWriteBack.DUO + (duo().key() - 1)));

        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.startRelationship(duo()), CrmWriteFailed.class);

        assertThat(failed.permanent()).as("written once the earlier duo's end is").isFalse();
        assertThat(failed).hasMessageContaining(FakeCiviCrm.DUPLICATE_RELATIONSHIP);
    }

    @Test
    void aKeyThatSourceRecordIdCannotHoldIsAPermanentFailureWithoutAnyCall() {
        CrmWriteFailed failed = catchThrowableOfType(() -> writeBack.recordContact(contact(4_294_967_296L)),
                CrmWriteFailed.class);

        assertThat(failed.permanent()).isTrue();
        assertThat(failed).hasMessageContaining("source_record_id");
        assertThat(site.calls()).isEmpty();
    }

    @Test
    void writesAreTheSwitchedOnOnesAndASwitchedOffOneIsNeverWritten() {
        CiviCrmWriteBack contactsOnly = writeBack(KEY, CiviCrmWriteBackSettings.of(
                Set.of(CrmWriteBack.Write.CONTACT_ACTIVITY)));

        assertThat(contactsOnly.writes()).containsExactly(CrmWriteBack.Write.CONTACT_ACTIVITY);
        assertThatIllegalStateException().isThrownBy(() -> contactsOnly.startRelationship(duo()))
                .withMessageContaining("BUDDY_RELATIONSHIP");
        assertThat(site.calls()).isEmpty();
    }
}
