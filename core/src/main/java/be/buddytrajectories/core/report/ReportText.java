package be.buddytrajectories.core.report;

/**
 * The words of the exports, looked up by the caller in the user's language (the screens' translations), so that a
 * figure has one name on the screen, in the CSV and in the PDF.
 */
@FunctionalInterface
public interface ReportText {

    String get(String key, Object... arguments);
}
