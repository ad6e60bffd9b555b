package be.buddytrajectories.core.access;

/** The permissions this plugin declares; the host maps its roles to them. */
public enum Permission {
    ADMIN("buddy.admin"),
    COORDINATOR("buddy.coordinator"),
    BUDDY("buddy.buddy");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The name the host knows, e.g. {@code buddy.coordinator}. */
    public String key() {
        return key;
    }
}
