package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.host.HostTesting;
import be.buddytrajectories.host.plugins.PluginAdministration;
import be.buddytrajectories.host.users.UserAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the host's own services for each role, called directly as a crafted request would: only
 * admins get past the check, and a refused call changes nothing.
 */
class HostServicePermissionsTest {

    private HostTesting host;

    @BeforeEach
    void start() {
        host = HostTesting.start();
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    @FunctionalInterface
    private interface Operation {
        void call() throws Exception;
    }

    private Map<String, Operation> operations() throws Exception {
        PluginAdministration plugins = host.bean(PluginAdministration.class);
        UserAdministration users = host.bean(UserAdministration.class);
        Path notAnArchive = Files.writeString(Files.createTempFile("upload", ".zip"), "not an archive");
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("plugins.list", plugins::list);
        operations.put("plugins.upload", () -> plugins.upload(notAnArchive));
        operations.put("plugins.disable", () -> plugins.disable("buddy-trajectories"));
        operations.put("plugins.enable", () -> plugins.enable("buddy-trajectories"));
        operations.put("plugins.uninstall", () -> plugins.uninstall("buddy-trajectories", true));
        operations.put("plugins.restartNow", plugins::restartNow);
        operations.put("users.roles", users::roles);
        operations.put("users.accounts", users::accounts);
        operations.put("users.changeRoles", () -> users.changeRoles(userId("buddy"), Set.of("ADMIN", "BUDDY")));
        operations.put("users.unlock", () -> users.unlock(userId("buddy")));
        operations.put("users.auditTrail", users::auditTrail);
        return operations;
    }

    private long userId(String username) {
        return host.bean(UserAccounts.class).signIn(username, HostTesting.PASSWORD.toCharArray()).orElseThrow()
                .userId();
    }

    /** The operations that were refused for lack of permission. */
    private List<String> deniedAs(String username) throws Exception {
        if (username != null) {
            SessionUser.attach(host.bean(UserAccounts.class).signIn(username, HostTesting.PASSWORD.toCharArray())
                    .orElseThrow());
        }
        List<String> denied = new ArrayList<>();
        for (Map.Entry<String, Operation> operation : operations().entrySet()) {
            try {
                operation.getValue().call();
            } catch (PermissionDenied refused) {
                denied.add(operation.getKey());
            } catch (Exception passedTheCheck) {
                // A refusal of the input itself (no such plugin, not an archive) comes after the permission check.
            }
        }
        return denied;
    }

    @Test
    void anonymousUsersBuddiesAndCoordinatorsAreRefusedEveryOperationAndChangeNothing() throws Exception {
        int operations = operations().size();
        for (String username : new String[] {null, "buddy", "coordinator"}) {
            assertThat(deniedAs(username)).as(String.valueOf(username)).hasSize(operations);
        }
        assertThat(host.restarts()).isZero();
        assertThat(host.bean(UserAccounts.class).signIn("buddy", HostTesting.PASSWORD.toCharArray()).orElseThrow()
                .permissions()).containsExactly("buddy.buddy");
    }

    @Test
    void adminsPassTheCheckOfEveryOperation() throws Exception {
        assertThat(deniedAs("admin")).isEmpty();
        assertThat(host.restarts()).isEqualTo(1);
    }
}
