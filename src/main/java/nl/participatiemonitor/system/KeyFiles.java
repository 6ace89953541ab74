package nl.participatiemonitor.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Secret keys kept in files (the demo pseudonym key, the audit key): a new key file is created owner-only
 * from the start (never written first and restricted after), and an existing one is read only when no one
 * but its owner may read or change it, so a key that leaked into a shared folder is noticed, not used.
 */
public final class KeyFiles {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyFiles() {
    }

    /** The key in {@code file} (Base64, 32 random bytes), created owner-only when the file does not exist. */
    public static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(create(file), StandardOpenOption.WRITE)) {
                out.write((Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException createdMeanwhile) {
                // Another process created it first; read that one.
            }
        }
        return read(file);
    }

    /**
     * The text of an existing key file, after checking that only its owner may read or write it.
     *
     * @throws IllegalStateException naming the file and the command that restricts it
     */
    public static byte[] read(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IllegalStateException("Sleutelbestand " + file + " is een symbolische link; zet de sleutel zelf "
                    + "daar neer. / Key file " + file + " is a symbolic link; put the key itself there.");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException("Sleutelbestand " + file + " is leesbaar of schrijfbaar voor anderen ("
                        + PosixFilePermissions.toString(permissions) + "). Beperk het tot de eigenaar met 'chmod 600 "
                        + file + "' en start opnieuw. / Key file " + file + " can be read or written by others ("
                        + PosixFilePermissions.toString(permissions) + "). Restrict it to its owner with 'chmod 600 "
                        + file + "' and start again.");
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's access control list applies.
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Creates the file new with owner-only permissions where the file system has them. */
    private static Path create(Path file) throws IOException {
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"));
            return Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }
}
