package nl.participatiemonitor.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * File operations on folders that others can write into (the inbox, delivery folders): finding symbolic
 * links, checking that a folder's real path stays inside its root, and writing a file new without
 * following a link, so a supplier cannot make the application read, move or overwrite files elsewhere.
 */
public final class SafePaths {

    private SafePaths() {
    }

    /** The first symbolic link in {@code folder} or below (or {@code folder} itself), in walk order. */
    public static Optional<Path> firstLink(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            return Optional.of(folder);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isSymbolicLink).findFirst();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether {@code path} is a link, has a link among its folders below {@code root}, or has a real path
     * outside {@code root}'s real path.
     */
    public static boolean escapes(Path root, Path path) throws IOException {
        Path relative = root.relativize(path);
        Path step = root;
        for (Path name : relative) {
            step = step.resolve(name);
            if (Files.isSymbolicLink(step)) {
                return true;
            }
        }
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !path.toRealPath().startsWith(root.toRealPath());
    }

    /**
     * Writes {@code text} as a new file {@code name} in {@code folder}, never through a link: whatever was
     * left under that name (a link, a file) is removed first, and the file is created with CREATE_NEW and
     * NOFOLLOW_LINKS, so a link put there in between makes the write fail instead of overwriting its target.
     */
    public static Path writeNew(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a folder has the name of the file to write");
        }
        Files.deleteIfExists(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
