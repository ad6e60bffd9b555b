package be.buddytrajectories.core.rules;

/** A message argument that is itself a bundle key, translated together with the message (e.g. a status name). */
public record Translatable(String key) {

    public static Translatable of(String key) {
        return new Translatable(key);
    }
}
