package be.buddytrajectories.ui.shell;

import be.buddytrajectories.hostapi.BundleTranslations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and numbers in the user's language (Dutch dates for Dutch users, English for English). */
public final class Formats {

    private Formats() {
    }

    public static Locale locale(Component owner) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        return BundleTranslations.supported(ui == null ? null : ui.getLocale());
    }

    public static String date(Component owner, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(owner))
                .format(date);
    }

    /** A UTC time stamp, shown in the server's zone. */
    public static String utcDateTime(Component owner, LocalDateTime utc) {
        return utc == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(owner))
                .format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()));
    }

    public static String integer(Component owner, long value) {
        return NumberFormat.getIntegerInstance(locale(owner)).format(value);
    }

    /** A number with at most two decimals, e.g. hours "12,25" in Dutch and "12.25" in English. */
    public static String decimal(Component owner, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(owner));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The name of a language from its ISO code, in the user's language ("Arabisch", "Arabic"). */
    public static String language(Component owner, String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale(owner));
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale(owner)) + name.substring(1);
    }
}
