package be.buddytrajectories.host;

import be.buddytrajectories.host.civicrm.CiviCrmSettings;
import be.buddytrajectories.host.mail.SmtpSettings;
import be.buddytrajectories.host.people.HostPeople;
import be.buddytrajectories.host.security.PasswordHasher;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the host is configured: each setting is a system property ({@code host.port}) or else an environment
 * variable ({@code HOST_PORT}), else its default.
 *
 * @param port       HTTP port (default 8080)
 * @param home       the installation: {@code plugins/} lives here (default: the working directory)
 * @param dataDir    database files, plugin data, mail (default {@code ~/.buddy-trajectories}, outside the source tree)
 * @param dbUrl      JDBC URL (default an H2 file database under {@code dataDir/db})
 * @param dbUser     database user
 * @param dbPassword database password (never logged)
 * @param demoData   load demo people and users into an empty database
 * @param pluginUploads         admins may upload plugins through the web ({@code host.plugins.upload}, default true)
 * @param maxPluginArchiveBytes largest plugin archive accepted ({@code host.plugins.max.size.mb}, default 100 MB)
 * @param https      users reach the host over HTTPS (a proxy in front of it): the session cookie is then marked
 *                   {@code Secure} ({@code host.https}, default false)
 * @param people     where the people live ({@code host.people}): {@code host} (the host's own {@code host_person}
 *                   table, the default), {@code civicrm} (CiviCRM's tables in the host's database, read and written
 *                   through {@code host-sql-adapter}'s CiviCRM mapping), {@code civicrm-api} (a CiviCRM site through
 *                   its APIv4, see {@code civicrm}) or the path of a properties file with the SQL of another CRM; see
 *                   {@link HostPeople}
 * @param demoContacts how many contacts a generated CiviCRM demo site has ({@code host.demo.contacts}, default
 *                   1,000: a fifth volunteers, 6% newcomers, the rest organisations, households and donors)
 * @param publicUrl  the address users reach the host at ({@code host.public.url}), for links in e-mails, or
 *                   {@code null} for {@code http://localhost:<port>/}
 * @param smtp       the mail server ({@code host.smtp.*}), or {@code null} to write mail into {@code dataDir/mail}
 * @param passwordIterations PBKDF2 iterations for new password hashes ({@code host.password.iterations}, default
 *                   600,000, at least 10,000); a password hashed with fewer is hashed again at its next sign-in
 * @param civicrm    the CiviCRM site reached through APIv4 and what is written there ({@code host.civicrm.*}), with
 *                   the volunteer pool of the CiviCRM directories; {@link CiviCrmSettings#none()} without one
 */
public record HostConfig(int port, Path home, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                         boolean demoData, boolean pluginUploads, long maxPluginArchiveBytes, boolean https,
                         String people, int demoContacts, URI publicUrl, SmtpSettings smtp,
                         int passwordIterations, CiviCrmSettings civicrm) {

    public HostConfig {
        if (civicrm == null) {
            throw new IllegalArgumentException("civicrm settings are required (CiviCrmSettings.none() for none)");
        }
        if (HostPeople.CIVICRM_API.equals(people) && civicrm.connection() == null) {
            throw new IllegalArgumentException("host.people=" + HostPeople.CIVICRM_API + " needs the CiviCRM site:"
                    + " set host.civicrm.url and host.civicrm.key (or host.civicrm.key.file)");
        }
        if ((civicrm.volunteerGroup() != null || civicrm.volunteerTag() != null)
                && !HostPeople.CIVICRM.equals(people) && !HostPeople.CIVICRM_API.equals(people)) {
            throw new IllegalArgumentException("host.civicrm.volunteer.group and host.civicrm.volunteer.tag apply to"
                    + " host.people=" + HostPeople.CIVICRM + " or " + HostPeople.CIVICRM_API + ", not " + people
                    + " (a SQL file of your own sets pool.group and pool.tag itself)");
        }
    }

    public static HostConfig fromEnvironment() {
        return from(System.getProperties()::getProperty, System.getenv());
    }

    static HostConfig from(java.util.function.Function<String, String> properties, Map<String, String> env) {
        Setting setting = new Setting(properties, env);
        Path dataDir = Path.of(setting.get("host.data.dir")
                .orElse(System.getProperty("user.home") + "/.buddy-trajectories")).toAbsolutePath();
        return new HostConfig(
                Integer.parseInt(setting.get("host.port").orElse("8080")),
                Path.of(setting.get("host.home").orElse(".")).toAbsolutePath().normalize(),
                dataDir,
                setting.get("host.db.url").orElse(defaultH2Url(dataDir)),
                setting.get("host.db.user").orElse("sa"),
                setting.get("host.db.password").orElse(""),
                Boolean.parseBoolean(setting.get("host.demo.data").orElse("false")),
                Boolean.parseBoolean(setting.get("host.plugins.upload").orElse("true")),
                Long.parseLong(setting.get("host.plugins.max.size.mb").orElse("100")) * 1024 * 1024,
                Boolean.parseBoolean(setting.get("host.https").orElse("false")),
                setting.get("host.people").orElse(HostPeople.OWN),
                Integer.parseInt(setting.get("host.demo.contacts")
                        .orElse(String.valueOf(HostPeople.DEFAULT_DEMO_CONTACTS))),
                setting.get("host.public.url").map(HostConfig::publicUrl).orElse(null),
                setting.get("host.smtp.host").map(host -> smtp(host, setting)).orElse(null),
                setting.get("host.password.iterations").map(HostConfig::passwordIterations)
                        .orElse(PasswordHasher.DEFAULT_ITERATIONS),
                CiviCrmSettings.from(setting::get));
    }

    private static URI publicUrl(String value) {
        URI url = URI.create(value.strip());
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("host.public.url must be an http or https address, not '" + value + "'");
        }
        return url;
    }

    private static int passwordIterations(String value) {
        try {
            return new PasswordHasher(Integer.parseInt(value.strip())).iterations();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("host.password.iterations must be a whole number, not '" + value + "'");
        }
    }

    private static SmtpSettings smtp(String host, Setting setting) {
        SmtpSettings.Tls tls = setting.get("host.smtp.tls").map(SmtpSettings.Tls::parse)
                .orElse(SmtpSettings.Tls.STARTTLS);
        String from = setting.get("host.smtp.from").orElseThrow(() -> new IllegalArgumentException(
                "host.smtp.from (HOST_SMTP_FROM) is required with host.smtp.host: the sender of every mail"));
        return new SmtpSettings(host.strip(),
                setting.get("host.smtp.port").map(Integer::parseInt).orElse(tls.defaultPort()),
                setting.get("host.smtp.user").orElse(null),
                setting.get("host.smtp.password").orElse(""),
                from, tls);
    }

    /** Where users reach a host that listens on {@code boundPort}: the configured address, else this machine. */
    public URI publicAddress(int boundPort) {
        return publicUrl != null ? publicUrl : URI.create("http://localhost:" + boundPort + "/");
    }

    /**
     * The H2 file database under the data directory, set up so that a killed host keeps every write it confirmed
     * (HostKillIT): {@code WRITE_DELAY=0} writes each commit to the file before the commit returns (H2's default
     * waits up to 500 ms), and {@code REUSE_SPACE=FALSE} appends every write, because after a kill H2 found the
     * newest writes placed in reused space too late and dropped them. The file is compacted when the host stops.
     */
    public static String defaultH2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("host")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
    }

    public Path pluginsDir() {
        return home.resolve("plugins");
    }

    /** Where each plugin's data directory lives ({@code <id>/} below it). */
    public Path pluginDataDir() {
        return dataDir.resolve("plugins");
    }

    public HostConfig withHttps(boolean servedOverHttps) {
        return new HostConfig(port, home, dataDir, dbUrl, dbUser, dbPassword, demoData, pluginUploads,
                maxPluginArchiveBytes, servedOverHttps, people, demoContacts, publicUrl, smtp, passwordIterations,
                civicrm);
    }

    public HostConfig withPeople(String peopleSource) {
        return new HostConfig(port, home, dataDir, dbUrl, dbUser, dbPassword, demoData, pluginUploads,
                maxPluginArchiveBytes, https, peopleSource, demoContacts, publicUrl, smtp, passwordIterations,
                civicrm);
    }

    /** This configuration with these people and this CiviCRM site (both at once, since they depend on each other). */
    public HostConfig withPeople(String peopleSource, CiviCrmSettings civicrmSettings) {
        return new HostConfig(port, home, dataDir, dbUrl, dbUser, dbPassword, demoData, pluginUploads,
                maxPluginArchiveBytes, https, peopleSource, demoContacts, publicUrl, smtp, passwordIterations,
                civicrmSettings);
    }

    @Override
    public String toString() {
        return "HostConfig[port=" + port + ", home=" + home + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl
                + ", dbUser=" + dbUser + ", demoData=" + demoData + ", pluginUploads=" + pluginUploads
                + ", maxPluginArchiveBytes=" + maxPluginArchiveBytes + ", https=" + https + ", people=" + people
                + ", demoContacts=" + demoContacts + ", publicUrl=" + publicUrl + ", smtp=" + smtp
                + ", passwordIterations=" + passwordIterations + ", civicrm=" + civicrm + "]";
    }

    private record Setting(java.util.function.Function<String, String> properties, Map<String, String> env) {

        Optional<String> get(String key) {
            String value = properties.apply(key);
            if (value == null || value.isBlank()) {
                value = env.get(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
            }
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }
    }
}
