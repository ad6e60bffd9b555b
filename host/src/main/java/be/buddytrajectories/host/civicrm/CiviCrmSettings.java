package be.buddytrajectories.host.civicrm;

import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmApi;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmApiSettings;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmPeopleMapping;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmWriteBack;
import be.buddytrajectories.hostsql.civicrm.api.CiviCrmWriteBackSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The CiviCRM site the host reaches through APIv4, and what it writes there ({@code host.civicrm.*}).
 *
 * @param connection         the site's address and the API key ({@code host.civicrm.url}, {@code host.civicrm.key}
 *                           or {@code host.civicrm.key.file}), or {@code null} without a site
 * @param activityType       the activity type of buddy contacts ({@code host.civicrm.activity.type})
 * @param relationshipType   the relationship type from buddy to newcomer ({@code host.civicrm.relationship.type})
 * @param volunteerGroup     a group whose contacts are volunteers too ({@code host.civicrm.volunteer.group}), or
 *                           {@code null}
 * @param volunteerTag       a tag whose contacts are volunteers too ({@code host.civicrm.volunteer.tag}), or
 *                           {@code null}
 * @param writeContacts      buddy contacts become activities ({@code host.civicrm.write.contacts})
 * @param writeRelationships duos become relationships ({@code host.civicrm.write.relationships})
 */
public record CiviCrmSettings(CiviCrmApiSettings connection, String activityType, String relationshipType,
                              String volunteerGroup, String volunteerTag, boolean writeContacts,
                              boolean writeRelationships) {

    public CiviCrmSettings {
        if (activityType == null || activityType.isBlank() || relationshipType == null
                || relationshipType.isBlank()) {
            throw new IllegalArgumentException("host.civicrm.activity.type and host.civicrm.relationship.type must"
                    + " name CiviCRM types");
        }
        if (connection == null && (writeContacts || writeRelationships)) {
            throw new IllegalArgumentException((writeContacts ? "host.civicrm.write.contacts" :
                    "host.civicrm.write.relationships") + " needs a CiviCRM site to write to: set host.civicrm.url and"
                    + " host.civicrm.key (or host.civicrm.key.file)");
        }
        volunteerGroup = blankless(volunteerGroup);
        volunteerTag = blankless(volunteerTag);
    }

    /** No CiviCRM site: nothing is written, and the CiviCRM directories take volunteers by sub-type only. */
    public static CiviCrmSettings none() {
        return new CiviCrmSettings(null, CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE,
                CiviCrmWriteBackSettings.DEFAULT_RELATIONSHIP_TYPE, null, null, false, false);
    }

    /**
     * The settings as a host reads them.
     *
     * @param setting a setting's value by its property name, empty when it is not set
     */
    public static CiviCrmSettings from(Function<String, Optional<String>> setting) {
        Optional<String> url = setting.apply("host.civicrm.url");
        Optional<String> key = apiKey(setting);
        if (url.isPresent() && key.isEmpty()) {
            throw new IllegalArgumentException("host.civicrm.key (HOST_CIVICRM_KEY) or"
                    + " host.civicrm.key.file is required with host.civicrm.url: the API key of the CiviCRM user"
                    + " the host acts as");
        }
        if (url.isEmpty() && key.isPresent()) {
            throw new IllegalArgumentException("host.civicrm.url (HOST_CIVICRM_URL) is required with a CiviCRM API"
                    + " key: the address of the CiviCRM site");
        }
        return new CiviCrmSettings(url.map(u -> CiviCrmApiSettings.of(siteUrl(u), key.orElseThrow())).orElse(null),
                setting.apply("host.civicrm.activity.type").orElse(CiviCrmWriteBackSettings.DEFAULT_ACTIVITY_TYPE),
                setting.apply("host.civicrm.relationship.type")
                        .orElse(CiviCrmWriteBackSettings.DEFAULT_RELATIONSHIP_TYPE),
                setting.apply("host.civicrm.volunteer.group").orElse(null),
                setting.apply("host.civicrm.volunteer.tag").orElse(null),
                flag(setting, "host.civicrm.write.contacts"), flag(setting, "host.civicrm.write.relationships"));
    }

    /** The key itself, or read from a file so that it appears in no process or environment listing. */
    private static Optional<String> apiKey(Function<String, Optional<String>> setting) {
        Optional<String> key = setting.apply("host.civicrm.key");
        Optional<String> file = setting.apply("host.civicrm.key.file");
        if (key.isPresent() && file.isPresent()) {
            throw new IllegalArgumentException("set host.civicrm.key or host.civicrm.key.file, not both");
        }
        Optional<String> found = key.map(String::strip).or(() -> file.map(CiviCrmSettings::readKey));
        if (found.isPresent() && (found.get().isEmpty()
                || found.get().chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new IllegalArgumentException("the CiviCRM API key (host.civicrm.key"
                    + (file.isPresent() ? ".file " + file.get() : "") + ") must be printable ASCII without spaces");
        }
        return found;
    }

    private static String readKey(String file) {
        Path path = Path.of(file.strip());
        try {
            return Files.readString(path).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("host.civicrm.key.file: cannot read " + path.toAbsolutePath()
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static URI siteUrl(String value) {
        URI url;
        try {
            url = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            url = null;
        }
        if (url == null || url.getScheme() == null || url.getHost() == null
                || !url.getScheme().toLowerCase(Locale.ROOT).matches("https?") || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("host.civicrm.url must be the http or https address of the CiviCRM"
                    + " site, such as https://crm.example.org/, not '" + value + "'");
        }
        return url;
    }

    private static boolean flag(Function<String, Optional<String>> setting, String name) {
        String value = setting.apply(name).orElse("false").strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The writes switched on. */
    public Set<CrmWriteBack.Write> writes() {
        Set<CrmWriteBack.Write> writes = EnumSet.noneOf(CrmWriteBack.Write.class);
        if (writeContacts) {
            writes.add(CrmWriteBack.Write.CONTACT_ACTIVITY);
        }
        if (writeRelationships) {
            writes.add(CrmWriteBack.Write.BUDDY_RELATIONSHIP);
        }
        return writes;
    }

    /** The client of the site; only with a site. */
    public CiviCrmApi api() {
        if (connection == null) {
            throw new IllegalStateException("no CiviCRM site: set host.civicrm.url and host.civicrm.key");
        }
        return new CiviCrmApi(connection);
    }

    /** The write-back to the site, writing what is switched on; without a site, one that writes nothing. */
    public CrmWriteBack writeBack() {
        return connection == null ? new NoCrmWriteBack()
                : new CiviCrmWriteBack(api(), new CiviCrmWriteBackSettings(activityType, relationshipType, writes()));
    }

    /** CiviCRM's names for the APIv4 directory, with the volunteer pool. */
    public CiviCrmPeopleMapping peopleMapping() {
        return CiviCrmPeopleMapping.defaults().withVolunteerPool(volunteerGroup, volunteerTag);
    }

    /** Never shows the API key: the settings are logged at start. */
    @Override
    public String toString() {
        return "CiviCRM[" + (connection == null ? "no site" : connection.siteUrl() + ", writes " + writes()
                + ", activity type '" + activityType + "', relationship type '" + relationshipType + "'")
                + (volunteerGroup == null ? "" : ", volunteer group '" + volunteerGroup + "'")
                + (volunteerTag == null ? "" : ", volunteer tag '" + volunteerTag + "'") + "]";
    }
}
