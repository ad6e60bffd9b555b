package be.buddytrajectories.host.plugins;

import be.buddytrajectories.hostapi.BundleTranslations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The plugin manager on the command line ({@code bin/host plugin …}, started by
 * {@link be.buddytrajectories.host.PluginCli}). The shell's user is trusted like an admin; the upload switch
 * concerns the web only. {@code apply} is what {@code bin/host run} calls before each start.
 */
public final class PluginCommand {

    static final String USAGE = "usage: bin/host plugin list | install FILE | enable ID | disable ID"
            + " | uninstall ID [--remove-data]";

    private final PluginManager plugins;
    private final PluginData data;
    private final BundleTranslations translations;
    private final Locale locale;
    private final PrintStream out;

    PluginCommand(PluginManager plugins, PluginData data, Locale locale, PrintStream out) {
        this.plugins = plugins;
        this.data = data;
        this.translations = new BundleTranslations(List.of("be.buddytrajectories.host.messages"));
        this.locale = locale;
        this.out = out;
    }

    /**
     * The command for an installation's plugins, their database and data directory, answering in the shell's
     * language ({@code LANG}: Dutch or else English).
     */
    public static PluginCommand forInstallation(Path pluginsDir, long maxArchiveBytes, String dbUrl, String dbUser,
                                                String dbPassword, Path pluginDataDir, PrintStream out) {
        String lang = System.getenv().getOrDefault("LANG", "");
        Locale locale = lang.startsWith("nl") ? BundleTranslations.DUTCH : Locale.ENGLISH;
        return new PluginCommand(new PluginManager(pluginsDir, maxArchiveBytes),
                new PluginData(dbUrl, dbUser, dbPassword, pluginDataDir), locale, out);
    }

    /** @return the exit code: 0 done, 1 refused or failed, 2 wrong usage */
    public int run(String... args) {
        if (args.length == 0) {
            return usage();
        }
        try {
            switch (args[0]) {
                case "list" -> {
                    return args.length == 1 ? list() : usage();
                }
                case "install" -> {
                    if (args.length != 2) {
                        return usage();
                    }
                    Path file = Path.of(args[1]);
                    if (!Files.isRegularFile(file)) {
                        out.println(t("host.plugins.cli.noFile", file));
                        return 1;
                    }
                    PluginStatus staged = plugins.stage(file);
                    out.println(t("host.plugins.staged", staged.descriptor().name(),
                            staged.stagedVersion().orElse(staged.descriptor().version()),
                            staged.sha256().orElse("")));
                }
                case "enable", "disable" -> {
                    if (args.length != 2) {
                        return usage();
                    }
                    if (args[0].equals("enable")) {
                        plugins.enable(args[1]);
                    } else {
                        plugins.disable(args[1]);
                    }
                    out.println(t("host.plugins.pending." + args[0].toUpperCase(Locale.ROOT), args[1]));
                }
                case "uninstall" -> {
                    boolean removeData = args.length == 3 && args[2].equals("--remove-data");
                    if (args.length != 2 && !removeData) {
                        return usage();
                    }
                    plugins.uninstall(args[1], removeData);
                    out.println(t(removeData ? "host.plugins.pending.UNINSTALL_REMOVE_DATA"
                            : "host.plugins.pending.UNINSTALL", args[1]));
                }
                case "apply" -> {
                    plugins.applyPending(data).forEach(line -> out.println("plugins: " + line));
                    return 0;
                }
                default -> {
                    return usage();
                }
            }
            out.println(t("host.plugins.cli.restart"));
            return 0;
        } catch (PluginRefusal refusal) {
            out.println(refusal.message(this::t));
            return 1;
        } catch (IOException e) {
            out.println(t("host.plugins.cli.ioError", e.getMessage()));
            return 1;
        }
    }

    private int list() {
        List<PluginStatus> all = plugins.list();
        if (all.isEmpty()) {
            out.println(t("host.plugins.none"));
            return 0;
        }
        String format = "%-24s %-24s %-22s %-28s %-16s %s%n";
        out.printf(format, "ID", t("host.plugins.column.name"), t("host.plugins.column.version"),
                t("host.plugins.column.state"), t("host.plugins.column.requires"), "SHA-256");
        for (PluginStatus p : all) {
            out.printf(format, p.id(), p.descriptor().name(), p.versionText(), stateText(p),
                    p.descriptor().requires(), p.sha256().orElse("-"));
            p.failure().ifPresent(cause -> out.println("    " + t("host.plugins.column.failure") + ": " + cause));
        }
        return 0;
    }

    private String stateText(PluginStatus p) {
        String state = p.state().name();
        return p.pending().map(op -> state + " (" + op.word() + ")").orElse(state);
    }

    private int usage() {
        out.println(USAGE);
        return 2;
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
