package be.buddytrajectories.core.access;

/** The permissions this plugin declares; the host maps its roles to them. */
public enum Permission {
    ADMIN(Keys.ADMIN),
    COORDINATOR(Keys.COORDINATOR),
    BUDDY(Keys.BUDDY);

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The name the host knows, e.g. {@code buddy.coordinator}. */
    public String key() {
        return key;
    }

    /** The names as constants, for annotations such as host-api's {@code @RequiresPermission}. */
    public static final class Keys {

        public static final String ADMIN = "buddy.admin";
        public static final String COORDINATOR = "buddy.coordinator";
        public static final String BUDDY = "buddy.buddy";

        private Keys() {
        }
    }
}
