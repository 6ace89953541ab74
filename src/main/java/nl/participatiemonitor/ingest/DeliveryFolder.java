package nl.participatiemonitor.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.system.SafePaths;
import nl.participatiemonitor.source.TabularFiles;
import nl.participatiemonitor.system.Sha256;

/**
 * A delivery (aanlevering) as found on disk: a folder with canonical files and optionally a
 * {@code levering.properties} naming its source ({@code bron}), period ({@code periode}) and a
 * description. Its identity is the SHA-256 of the source and every file's name and content, so the
 * same files delivered twice are the same delivery.
 *
 * <p>A delivery of a source with a definition in {@code config/sources/} holds that source's own files
 * (any names); {@code definition} maps them onto its entity, and its fingerprint is part of the identity,
 * so a corrected definition imports the same file anew.
 */
public record DeliveryFolder(Path folder, String id, String source, String period, String description,
        List<DeliveredFile> files, SourceDefinition definition) {

    /** The source of a delivery that names none. */
    public static final String DEFAULT_SOURCE = "canoniek";

    static final String PROPERTIES = "levering.properties";

    /** The longest description ({@code omschrijving}) a delivery may have: the size of its column. */
    static final int MAX_DESCRIPTION = 500;

    /** Files that describe or mark a delivery rather than carry records. */
    private static final Set<String> MARKERS = Set.of(PROPERTIES, "ready", "reason.txt");

    /**
     * One entry of the delivery; {@code entity} is empty when the name matches no canonical entity. An entry
     * that cannot be imported at all before it is even opened (a folder, an unreadable file) carries its
     * {@code refusal}; it is registered as refused, so it is never skipped without a word.
     */
    public record DeliveredFile(Path path, String name, Optional<CanonicalEntity> entity, String sha256, long bytes,
            Refusal refusal) {
    }

    /** Why an entry of a delivery is refused before it is read, in Dutch and in English. */
    public record Refusal(String dutch, String english) {
    }

    /**
     * Reads the folder. {@code source} and {@code period} given here win over the properties file.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no files
     */
    public static DeliveryFolder scan(Path folder, String source, String period, FileAccess access) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Map " + folder + " bestaat niet. / Folder " + folder + " does not exist.");
        }
        refuseLinks(folder.toRealPath());
        Properties properties = new Properties();
        Path propertiesFile = folder.resolve(PROPERTIES);
        if (Files.isRegularFile(propertiesFile)) {
            try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        String bron = firstNonBlank(source, properties.getProperty("bron"), DEFAULT_SOURCE);
        if (!bron.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("Bron '" + bron + "' mag alleen letters, cijfers, punt, streep en "
                    + "liggend streepje bevatten. / Source '" + bron + "' may only contain letters, digits, '.', '-' and '_'.");
        }
        String periode = checkedPeriod(firstNonBlank(period, properties.getProperty("periode"), null));
        List<DeliveredFile> files = filesIn(folder, null, access);
        return new DeliveryFolder(folder, identity(bron, null, files), bron, periode,
                checkedDescription(properties.getProperty("omschrijving")), files, null);
    }

    /** The description of levering.properties, which must fit its column. */
    private static String checkedDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("De omschrijving in " + PROPERTIES + " is " + description.length()
                    + " tekens lang; er passen er " + MAX_DESCRIPTION + ". Maak haar korter en lever opnieuw aan. / The "
                    + "description (omschrijving) in " + PROPERTIES + " is " + description.length() + " characters long; "
                    + "at most " + MAX_DESCRIPTION + " characters fit. Shorten it and deliver again.");
        }
        return description;
    }

    /**
     * Reads a delivery of a source with a definition: one file, or a folder whose files are all the
     * source's (a levering.properties in it may give the period and a description). The period given
     * here wins, then the properties file's, then the definition's.
     */
    public static DeliveryFolder scanSource(Path fileOrFolder, SourceDefinition definition, String period,
            java.time.LocalDate today, FileAccess access) throws IOException {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        Properties properties = new Properties();
        List<DeliveredFile> files;
        Path folder;
        refuseLinks(Files.isDirectory(path) ? path.toRealPath() : path);
        if (Files.isRegularFile(path)) {
            folder = path.getParent();
            files = List.of(describe(path, definition, access));
        } else if (Files.isDirectory(path)) {
            folder = path;
            Path propertiesFile = folder.resolve(PROPERTIES);
            if (Files.isRegularFile(propertiesFile)) {
                try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            files = filesIn(folder, definition, access);
        } else {
            throw new IllegalArgumentException("Bestand of map " + fileOrFolder + " bestaat niet. / File or folder "
                    + fileOrFolder + " does not exist.");
        }
        String periode = checkedPeriod(firstNonBlank(period, properties.getProperty("periode"),
                definition.periodOn(today)));
        String description = checkedDescription(firstNonBlank(properties.getProperty("omschrijving"),
                definition.description(), null));
        return new DeliveryFolder(folder, identity(definition.id(), definition.fingerprint(), files), definition.id(),
                periode, description, files, definition);
    }

    /** Refuses a delivery that holds a symbolic link: it could make the import read any file on the server. */
    private static void refuseLinks(Path folderOrFile) throws IOException {
        Optional<Path> link = Files.exists(folderOrFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? SafePaths.firstLink(folderOrFile) : Optional.empty();
        if (link.isPresent()) {
            String name = link.get().getFileName().toString();
            throw new DeliveryRefusedException("De levering bevat een snelkoppeling (symbolische link): " + name
                    + ". Er is niets gelezen of geïmporteerd. Lever de bestanden zelf aan, zonder links.",
                    "The delivery holds a shortcut (symbolic link): " + name
                    + ". Nothing was read or imported. Deliver the files themselves, without links.");
        }
    }

    private static String checkedPeriod(String periode) {
        if (periode != null && !periode.matches("\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?")) {
            throw new IllegalArgumentException("Periode '" + periode + "' is onbekend; schrijf 2026, 2026-H2, 2026-Q3 of "
                    + "2026-07. / Period '" + periode + "' is not understood; write 2026, 2026-H2, 2026-Q3 or 2026-07.");
        }
        return periode;
    }

    /**
     * Every entry of the folder except hidden ones and markers, in name order. A sub folder, a folder named
     * like a file and anything else that is not a plain file are entries too, refused with a message
     * (symbolic links are followed as before).
     */
    private static List<DeliveredFile> filesIn(Path folder, SourceDefinition definition, FileAccess access)
            throws IOException {
        List<DeliveredFile> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> !Files.isSymbolicLink(p) || Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !MARKERS.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> describe(p, definition, access))
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Map " + folder + " bevat geen bestanden om te importeren. / Folder "
                    + folder + " holds no files to import.");
        }
        return files;
    }

    /**
     * An entry of the delivery: a canonical file is named after its entity, a source's file is the definition's.
     * An entry that cannot be read gets a refusal and, in place of its content's hash, one of what was seen, so
     * the same delivery with the entry mended is a new delivery.
     */
    private static DeliveredFile describe(Path path, SourceDefinition definition, FileAccess access) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Optional<CanonicalEntity> entity = definition != null ? Optional.of(definition.entity())
                : dot < 0 ? Optional.empty() : CanonicalEntity.forFileName(name.substring(0, dot));
        if (Files.isDirectory(path)) {
            return refused(path, name, entity, "map", new Refusal(
                    name + " is een map; een levering bevat alleen bestanden en submappen worden niet gelezen. Zet de "
                            + "bestanden direct in de map van de levering (één bestand per entiteit) en lever opnieuw aan.",
                    name + " is a folder; a delivery holds files only and sub folders are not read. Put the files "
                            + "directly in the delivery's folder (one file per entity) and deliver again."));
        }
        if (!Files.isRegularFile(path)) {
            return refused(path, name, entity, "speciaal", new Refusal(
                    name + " is geen gewoon bestand (maar bijvoorbeeld een pipe, socket of apparaat) en wordt niet "
                            + "gelezen. Lever een CSV- of XLSX-bestand aan.",
                    name + " is not a regular file (but, for example, a pipe, socket or device) and is not read. "
                            + "Deliver a CSV or XLSX file."));
        }
        if (!access.readable(path)) {
            return refused(path, name, entity, "onleesbaar", noPermission(name));
        }
        try {
            return new DeliveredFile(path, name, entity, TabularFiles.sha256(path), Files.size(path), null);
        } catch (java.nio.file.AccessDeniedException e) {
            return refused(path, name, entity, "onleesbaar", noPermission(name));
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return refused(path, name, entity, "onleesbaar", new Refusal(
                    name + " kan niet worden gelezen (" + reason + "). Controleer of het bestand compleet is en lever "
                            + "het opnieuw aan.",
                    name + " cannot be read (" + reason + "). Check that the file is complete and deliver it again."));
        }
    }

    private static Refusal noPermission(String name) {
        return new Refusal(
                name + " kan niet worden gelezen: de import heeft geen leesrecht op het bestand. Geef de gebruiker "
                        + "waaronder de import draait leesrecht (bijvoorbeeld chmod a+r) en importeer de levering opnieuw.",
                name + " cannot be read: the import has no read permission on the file. Give the user the import "
                        + "runs as read permission (for example chmod a+r) and import the delivery again.");
    }

    /** An entry refused before reading; its hash stands for what was seen (kind, size, time), never its content. */
    private static DeliveredFile refused(Path path, String name, Optional<CanonicalEntity> entity, String kind,
            Refusal refusal) {
        String seen = kind + ":" + name;
        try {
            seen += ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | RuntimeException e) {
            // what was seen is enough without size and time
        }
        return new DeliveredFile(path, name, entity, Sha256.of(seen), 0, refusal);
    }

    private static String identity(String source, String definition, List<DeliveredFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("bron=" + source + "\n").getBytes(StandardCharsets.UTF_8));
            if (definition != null) {
                digest.update(("definitie=" + definition + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (DeliveredFile file : files) {
                digest.update((file.name() + "=" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstNonBlank(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        if (second != null && !second.isBlank()) {
            return second.trim();
        }
        return fallback;
    }
}
