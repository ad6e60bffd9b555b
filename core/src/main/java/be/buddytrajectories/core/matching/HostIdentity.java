package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.schedule.ThisHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Who this host is among the hosts on one database: an id made at its index's first start and kept in the index's
 * directory (an index is registered, not a machine), and a name for admins: {@code buddy.host.name}, or the machine's
 * name with the index's directory.
 */
record HostIdentity(String id, String name) {

    static HostIdentity of(Path idFile) throws IOException {
        String id;
        if (Files.exists(idFile)) {
            id = Files.readString(idFile, StandardCharsets.US_ASCII).strip();
            UUID.fromString(id);
        } else {
            id = UUID.randomUUID().toString();
            Files.createDirectories(idFile.getParent());
            Path written = Files.writeString(idFile.resolveSibling(idFile.getFileName() + ".new"), id,
                    StandardCharsets.US_ASCII);
            Files.move(written, idFile, StandardCopyOption.ATOMIC_MOVE);
        }
        return new HostIdentity(id, ThisHost.name(idFile.toAbsolutePath().getParent().toString()));
    }
}
