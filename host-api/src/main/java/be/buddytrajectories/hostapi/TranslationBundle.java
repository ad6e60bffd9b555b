package be.buddytrajectories.hostapi;

/**
 * A plugin bean naming a {@link java.util.ResourceBundle} whose keys the host's Vaadin {@code I18NProvider}
 * serves, so that plugin views call {@code getTranslation(key)}. Keys start with the plugin's prefix
 * (e.g. {@code buddy.}); Dutch ({@code nl}) and English ({@code en}) files are expected.
 */
public interface TranslationBundle {

    /** Base name on the class path, e.g. {@code be.buddytrajectories.ui.messages}. */
    String baseName();
}
