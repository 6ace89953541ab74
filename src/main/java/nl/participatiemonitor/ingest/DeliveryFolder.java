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
import nl.participatiemonitor.source.TabularFiles;

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

    /** One file of the delivery; {@code entity} is empty when the name matches no canonical entity. */
    public record DeliveredFile(Path path, String name, Optional<CanonicalEntity> entity, String sha256, long bytes) {
    }

    /**
     * Reads the folder. {@code source} and {@code period} given here win over the properties file.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no files
     */
    public static DeliveryFolder scan(Path folder, String source, String period) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Map " + folder + " bestaat niet. / Folder " + folder + " does not exist.");
        }
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
        List<DeliveredFile> files = filesIn(folder, null);
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
            java.time.LocalDate today) throws IOException {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        Properties properties = new Properties();
        List<DeliveredFile> files;
        Path folder;
        if (Files.isRegularFile(path)) {
            folder = path.getParent();
            files = List.of(describe(path, definition));
        } else if (Files.isDirectory(path)) {
            folder = path;
            Path propertiesFile = folder.resolve(PROPERTIES);
            if (Files.isRegularFile(propertiesFile)) {
                try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            files = filesIn(folder, definition);
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

    private static String checkedPeriod(String periode) {
        if (periode != null && !periode.matches("\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?")) {
            throw new IllegalArgumentException("Periode '" + periode + "' is onbekend; schrijf 2026, 2026-H2, 2026-Q3 of "
                    + "2026-07. / Period '" + periode + "' is not understood; write 2026, 2026-H2, 2026-Q3 or 2026-07.");
        }
        return periode;
    }

    private static List<DeliveredFile> filesIn(Path folder, SourceDefinition definition) throws IOException {
        List<DeliveredFile> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !MARKERS.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> describe(p, definition))
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

    /** A file of the delivery: a canonical file is named after its entity, a source's file is the definition's. */
    private static DeliveredFile describe(Path path, SourceDefinition definition) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Optional<CanonicalEntity> entity = definition != null ? Optional.of(definition.entity())
                : dot < 0 ? Optional.empty() : CanonicalEntity.forFileName(name.substring(0, dot));
        try {
            return new DeliveredFile(path, name, entity, TabularFiles.sha256(path), Files.size(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
