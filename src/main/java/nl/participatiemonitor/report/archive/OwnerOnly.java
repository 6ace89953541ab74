package nl.participatiemonitor.report.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates the folders and files of a restricted publication (a dossier, the unsuppressed indicators) readable by
 * the application's own user only: folders 0700, files 0600, set when they are created, so there is no moment in
 * which others could open them. Public publications get the system's defaults. Without POSIX permissions (Windows)
 * the folder's access control list applies.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    static void createDirectories(Path folder, boolean restricted) throws IOException {
        if (restricted && POSIX) {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, folderAttribute());
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    static void createDirectory(Path folder, boolean restricted) throws IOException {
        if (restricted && POSIX) {
            Files.createDirectory(folder, folderAttribute());
        } else {
            Files.createDirectory(folder);
        }
    }

    static void copy(Path from, Path to, boolean restricted) throws IOException {
        if (!restricted || !POSIX) {
            Files.copy(from, to);
            return;
        }
        Files.createFile(to, fileAttribute());
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
    }

    static void write(Path file, byte[] bytes, boolean restricted) throws IOException {
        if (restricted && POSIX) {
            Files.createFile(file, fileAttribute());
            Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static FileAttribute<?> folderAttribute() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    }

    private static FileAttribute<?> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
