package be.buddytrajectories.hostsql.civicrm.api;

import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CrmWriteFailed;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes buddy contacts and duos into a CiviCRM site through APIv4, so that they appear on the contacts' timelines and
 * relationship tabs. A buddy contact becomes an activity of the configured activity type (default {@value
 * CiviCrmWriteBackSettings#DEFAULT_ACTIVITY_TYPE}), status Completed, added by the buddy and assigned to him (to both
 * buddies of a tridem, added by the one with the lower contact id), with the newcomer as its target and the minutes as
 * its duration. A duo becomes a relationship of the configured type (default {@value
 * CiviCrmWriteBackSettings#DEFAULT_RELATIONSHIP_TYPE}) from the buddy (A) to the newcomer (B), active from the duo's
 * start, inactive with an end date once it ends; a tridem has one per buddy. Both types are looked up by name at first
 * use and remembered; a missing one is a failure that says what an administrator must create.
 *
 * <p><b>Idempotent by key.</b> An activity keeps its key in {@code source_record_id} and a relationship in its
 * description ({@value #DUO}<i>key</i>); before creating one, the write-back asks CiviCRM for it, so that repeating a
 * call whose answer was lost returns the existing record. Only a repetition that overtakes the first request while
 * CiviCRM still works on it (after a timeout) could create a second: a caller retries later than the request
 * timeout.
 *
 * <p><b>Failures</b> are {@link CrmWriteFailed} with CiviCRM's own message. They are permanent only when CiviCRM
 * refused the data itself, which the write-back finds out by asking CiviCRM after a refused create (CiviCRM answers
 * every error with HTTP 500, and its message is generic unless the API user may "view debug output"): a contact that
 * does not exist, a contact of a type the relationship type does not allow, or an active relationship of that type
 * between the two from the same day that the write-back did not create. Server errors, timeouts, an unreachable site,
 * a garbled answer, a refused key (401), a missing permission (403) or a missing type are not: a later attempt
 * succeeds once CiviCRM is back or an administrator fixed the cause.
 */
public final class CiviCrmWriteBack implements CrmWriteBack {

    /** The description of a duo's relationship, before its key. */
    public static final String DUO = "Buddy Trajectories duo ";
    /** {@code source_record_id} is an {@code int unsigned} column. */
    static final long MAX_KEY = 4_294_967_295L;
    private static final String ACTIVITY = "Activity";
    private static final String RELATIONSHIP = "Relationship";

    private final CiviCrmApi api;
    private final CiviCrmWriteBackSettings settings;
    private volatile Long activityType;
    private volatile RelationshipType relationshipType;

    /** What the write-back needs of a relationship type: its id, and the contacts it allows on each side. */
    private record RelationshipType(long id, String contactTypeA, String contactTypeB, String subTypeA,
                                    String subTypeB) {
    }

    public CiviCrmWriteBack(CiviCrmApi api, CiviCrmWriteBackSettings settings) {
        if (api == null || settings == null) {
            throw new IllegalArgumentException("api and settings are required");
        }
        this.api = api;
        this.settings = settings;
    }

    @Override
    public Set<Write> writes() {
        return settings.writes();
    }

    @Override
    public String recordContact(ContactActivity contact) {
        require(Write.CONTACT_ACTIVITY, contact);
        String what = "Buddy contact " + contact.key();
        if (contact.key() < 1 || contact.key() > MAX_KEY) {
            throw new CrmWriteFailed(what + " cannot be written to CiviCRM: its key is kept in the activity's"
                    + " source_record_id, a number from 1 to " + MAX_KEY, true, null);
        }
        return writing(what, () -> {
            long type = activityType();
            Optional<JsonNode> existing = first(api.get(ACTIVITY, Map.of("select", List.of("id"), "where", List.of(
                    List.of("activity_type_id", "=", type), List.of("source_record_id", "=", contact.key()),
                    // An activity an administrator put in the trash was written all the same.
                    List.of("is_deleted", "IN", List.of(false, true))))));
            if (existing.isPresent()) {
                return id(existing.get());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("activity_type_id", type);
            values.put("activity_date_time", contact.at().format(ContactReader.CIVI_DATE_TIME));
            values.put("duration", contact.minutes());
            values.put("subject", contact.subject());
            values.put("status_id:name", "Completed");
            values.put("source_record_id", contact.key());
            List<Long> buddies = contact.buddyIds().stream().sorted().toList();
            values.put("source_contact_id", buddies.get(0));
            values.put("assignee_contact_id", buddies);
            values.put("target_contact_id", List.of(contact.newcomerId()));
            return id(create(ACTIVITY, values, what,
                    () -> missingContact(buddies, contact.newcomerId(), null)));
        });
    }

    @Override
    public String startRelationship(BuddyRelationship duo) {
        require(Write.BUDDY_RELATIONSHIP, duo);
        String what = "The relationship of duo " + duo.key();
        return writing(what, () -> {
            RelationshipType type = relationshipType();
            String start = duo.startDate().toString();
            Optional<JsonNode> existing = relationship(type, duo);
            if (existing.isPresent()) {
                JsonNode found = existing.get();
                if (!found.path("is_active").asBoolean() || !start.equals(date(found, "start_date"))
                        || date(found, "end_date") != null) {
                    Map<String, Object> values = new HashMap<>();
                    values.put("is_active", true);
                    values.put("start_date", start);
                    values.put("end_date", null);
                    api.update(RELATIONSHIP, List.of(List.of("id", "=", id(found))), values);
                }
                return id(found);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("relationship_type_id", type.id());
            values.put("contact_id_a", duo.buddyId());
            values.put("contact_id_b", duo.newcomerId());
            values.put("start_date", start);
            values.put("is_active", true);
            values.put("description", DUO + duo.key());
            return id(create(RELATIONSHIP, values, what, () -> missingContact(List.of(duo.buddyId()),
                    duo.newcomerId(), type).or(() -> otherRelationship(type, duo))));
        });
    }

    @Override
    public void endRelationship(BuddyRelationship duo, LocalDate endDate) {
        require(Write.BUDDY_RELATIONSHIP, duo);
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is required");
        }
        writing("The end of duo " + duo.key(), () -> {
            Optional<JsonNode> existing = relationship(relationshipType(), duo);
            String end = endDate.toString();
            existing.filter(found -> found.path("is_active").asBoolean() || !end.equals(date(found, "end_date")))
                    .ifPresent(found -> api.update(RELATIONSHIP, List.of(List.of("id", "=", id(found))),
                            Map.of("end_date", end, "is_active", false)));
            return null;
        });
    }

    private void require(Write write, Object argument) {
        if (argument == null) {
            throw new IllegalArgumentException("the " + write + " to write is required");
        }
        if (!settings.writes().contains(write)) {
            throw new IllegalStateException(write + " is switched off for this CiviCRM site: writes() does not list"
                    + " it");
        }
    }

    /** The duo's relationship that this write-back created: by type, both contacts and the key in its description. */
    private Optional<JsonNode> relationship(RelationshipType type, BuddyRelationship duo) {
        return first(api.get(RELATIONSHIP, Map.of("select", List.of("id", "is_active", "start_date", "end_date"),
                "where", List.of(List.of("relationship_type_id", "=", type.id()),
                        List.of("contact_id_a", "=", duo.buddyId()), List.of("contact_id_b", "=", duo.newcomerId()),
                        List.of("description", "=", DUO + duo.key())))));
    }

    /** The value of the activity type (an option value of {@code activity_type}), by name or else label. */
    private long activityType() {
        Long known = activityType;
        if (known != null) {
            return known;
        }
        String name = settings.activityType();
        JsonNode type = byName(api.get("OptionValue", Map.of("select", List.of("id", "name", "label", "value",
                "is_active"), "where", List.of(List.of("option_group_id:name", "=", "activity_type"),
                List.of("OR", List.of(List.of("name", "=", name), List.of("label", "=", name)))))), "name", name)
                .orElseThrow(() -> new CrmWriteFailed("CiviCRM has no activity type \"" + name + "\": an"
                        + " administrator creates it in CiviCRM (Administer > Customize Data and Screens > Activity"
                        + " Types, label \"" + name + "\")", false, null));
        if (!type.path("is_active").asBoolean(true)) {
            throw new CrmWriteFailed("The activity type \"" + name + "\" is disabled in CiviCRM: an administrator"
                    + " enables it (Administer > Customize Data and Screens > Activity Types)", false, null);
        }
        try {
            activityType = Long.valueOf(type.path("value").asText());
        } catch (NumberFormatException e) {
            throw new CrmWriteFailed("The activity type \"" + name + "\" has the value \"" + type.path("value")
                    .asText() + "\" in CiviCRM, not a number", false, e);
        }
        return activityType;
    }

    /** The relationship type from buddy to newcomer, by {@code name_a_b} or else {@code label_a_b}. */
    private RelationshipType relationshipType() {
        RelationshipType known = relationshipType;
        if (known != null) {
            return known;
        }
        String name = settings.relationshipType();
        JsonNode type = byName(api.get("RelationshipType", Map.of("select", List.of("id", "name_a_b", "label_a_b",
                "contact_type_a", "contact_type_b", "contact_sub_type_a", "contact_sub_type_b", "is_active"),
                "where", List.of(List.of("OR", List.of(List.of("name_a_b", "=", name),
                        List.of("label_a_b", "=", name)))))), "name_a_b", name)
                .orElseThrow(() -> new CrmWriteFailed("CiviCRM has no relationship type \"" + name + "\": an"
                        + " administrator creates it in CiviCRM (Administer > Customize Data and Screens >"
                        + " Relationship Types: \"" + name + "\" from contact A, the buddy, to contact B, the newcomer,"
                        + " both Individual)", false, null));
        if (!type.path("is_active").asBoolean(true)) {
            throw new CrmWriteFailed("The relationship type \"" + name + "\" is disabled in CiviCRM: an"
                    + " administrator enables it (Administer > Customize Data and Screens > Relationship Types)",
                    false, null);
        }
        relationshipType = new RelationshipType(type.path("id").asLong(), ContactReader.text(type, "contact_type_a"),
                ContactReader.text(type, "contact_type_b"), ContactReader.text(type, "contact_sub_type_a"),
                ContactReader.text(type, "contact_sub_type_b"));
        return relationshipType;
    }

    /** The record whose field equals the name (CiviCRM compares without case), else the first one found. */
    private static Optional<JsonNode> byName(List<JsonNode> found, String field, String name) {
        return found.stream().filter(t -> name.equalsIgnoreCase(ContactReader.text(t, field))).findFirst()
                .or(() -> found.stream().findFirst());
    }

    /**
     * Creates the record; when CiviCRM refuses it, asks CiviCRM whether the data itself is the reason, which makes
     * the failure permanent.
     */
    private JsonNode create(String entity, Map<String, Object> values, String what,
                            Supplier<Optional<String>> refusal) {
        try {
            return api.create(entity, values);
        } catch (CiviCrmApiException e) {
            // CiviCRM answers any exception with 500; other statuses come from authx, the AJAX page or a proxy.
            if (e.httpStatus() == 500) {
                Optional<String> reason = diagnosis(refusal);
                if (reason.isPresent()) {
                    throw new CrmWriteFailed(what + " was refused by CiviCRM: " + reason.get() + " ("
                            + e.call() + ", HTTP 500" + says(e) + "); trying again will not help", true, e);
                }
            }
            throw e;
        }
    }

    /** The reason a diagnosis found, or none when it found none or could not ask CiviCRM. */
    private static Optional<String> diagnosis(Supplier<Optional<String>> refusal) {
        try {
            return refusal.get();
        } catch (CiviCrmApiException e) {
            return Optional.empty();
        }
    }

    /**
     * A buddy or newcomer that does not exist in CiviCRM (in the trash counts as existing), or, with a relationship
     * type, one of a contact type or sub-type the type does not allow.
     */
    private Optional<String> missingContact(List<Long> buddyIds, long newcomerId, RelationshipType type) {
        List<Long> ids = new ArrayList<>(buddyIds);
        ids.add(newcomerId);
        Map<Long, JsonNode> contacts = new HashMap<>();
        for (JsonNode contact : api.get("Contact", Map.of("select", List.of("id", "contact_type", "contact_sub_type"),
                "where", List.of(List.of("id", "IN", ids), List.of("is_deleted", "IN", List.of(false, true)))))) {
            contacts.put(contact.path("id").asLong(), contact);
        }
        List<String> problems = new ArrayList<>();
        for (long buddyId : buddyIds) {
            problems(problems, "the buddy", buddyId, contacts.get(buddyId),
                    type == null ? null : type.contactTypeA(), type == null ? null : type.subTypeA());
        }
        problems(problems, "the newcomer", newcomerId, contacts.get(newcomerId),
                type == null ? null : type.contactTypeB(), type == null ? null : type.subTypeB());
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static void problems(List<String> problems, String who, long id, JsonNode contact, String contactType,
                                 String subType) {
        if (contact == null) {
            problems.add(who + " (contact " + id + ") does not exist in CiviCRM");
        } else if (contactType != null && !contactType.equals(ContactReader.text(contact, "contact_type"))) {
            problems.add("the relationship type is for " + contactType + " contacts and " + who + " (contact " + id
                    + ") is " + ContactReader.text(contact, "contact_type"));
        } else if (subType != null && !ContactReader.strings(contact.get("contact_sub_type")).contains(subType)) {
            problems.add("the relationship type is for contacts of sub-type " + subType + " and " + who
                    + " (contact " + id + ") is not one");
        }
    }

    /**
     * An active relationship of the type between the two from the same day that this write-back did not write (not
     * the duo's own, which a create whose answer got lost leaves, nor an earlier duo's), which CiviCRM calls a
     * duplicate.
     */
    private Optional<String> otherRelationship(RelationshipType type, BuddyRelationship duo) {
        String start = duo.startDate().toString();
        return api.get(RELATIONSHIP, Map.of("select", List.of("id", "start_date"), "where", List.of(
                        // The still active relationship of an earlier duo of the two is no reason to give up:
                        // it ends once that duo's end is written.
                        List.of("OR", List.of(List.of("description", "IS NULL"),
                                List.of("description", "NOT LIKE", DUO + "%"))),
                        List.of("relationship_type_id", "=", type.id()), List.of("is_active", "=", true),
                        List.of("OR", List.of(
                                List.of("AND", List.of(List.of("contact_id_a", "=", duo.buddyId()),
                                        List.of("contact_id_b", "=", duo.newcomerId()))),
                                List.of("AND", List.of(List.of("contact_id_a", "=", duo.newcomerId()),
                                        List.of("contact_id_b", "=", duo.buddyId()))))))))
                .stream().filter(r -> start.equals(date(r, "start_date"))).findFirst()
                .map(r -> "CiviCRM already has an active relationship " + id(r) + " of this type between contacts "
                        + duo.buddyId() + " and " + duo.newcomerId() + " from " + start
                        + ", not written by Buddy Trajectories: an administrator ends or deletes it");
    }

    /** Runs a write; a failed call to CiviCRM becomes a failure that a later attempt may overcome. */
    private static <T> T writing(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (CiviCrmApiException e) {
            throw new CrmWriteFailed(what + " was not written: " + message(e), false, e);
        }
    }

    private static String message(CiviCrmApiException e) {
        return switch (e.httpStatus()) {
            case 401 -> "CiviCRM refused the API key (" + e.call() + ", HTTP 401" + says(e) + "); an administrator"
                    + " checks the key and that CiviCRM's AuthX extension accepts API keys in the X-Civi-Auth header";
            case 403 -> "the CiviCRM user of the API key may not do " + e.call() + " (HTTP 403" + says(e) + "); an"
                    + " administrator gives it the permissions";
            default -> e.getMessage();
        };
    }

    private static String says(CiviCrmApiException e) {
        return e.civiMessage() == null ? "" : "; CiviCRM says: " + e.civiMessage();
    }

    private static Optional<JsonNode> first(List<JsonNode> records) {
        return records.stream().findFirst();
    }

    private static String id(JsonNode record) {
        long id = record.path("id").asLong();
        if (id <= 0) {
            throw new CrmWriteFailed("CiviCRM answered with a record without id: " + record, false, null);
        }
        return String.valueOf(id);
    }

    /** A date field as {@code yyyy-MM-dd}, also when CiviCRM adds a time. */
    private static String date(JsonNode record, String field) {
        String value = ContactReader.text(record, field);
        return value == null || value.length() < 10 ? value : value.substring(0, 10);
    }
}
