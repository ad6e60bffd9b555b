package be.buddytrajectories.host.security;

/** A view or an operation the user's permissions do not open. */
public class PermissionDenied extends RuntimeException {

    public PermissionDenied(String path) {
        super("no permission for /" + path);
    }
}
