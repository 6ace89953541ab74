package nl.participatiemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manual travels with the product: every relative link in the README and the Markdown files of the
 * repository (docs/, config/, ...) points at a file of the repository, every {@code #anchor} into a
 * Markdown file names one of its headings, and nothing points outside the clone (such as {@code ../shared}).
 * Reads files only; no Spring context, no database.
 */
class DocumentationLinksTest {

    /** Folders that hold no documentation of the repository: build output, local data, the archive. */
    private static final Set<String> SKIPPED = Set.of("target", "data", "out", "node_modules");

    /** {@code [text](target)} and {@code ![alt](target)}; the target up to whitespace or the closing parenthesis. */
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: {@code [id]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path root = Path.of("").toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path file : markdownFiles()) {
            for (Link link : links(file)) {
                String target = link.target();
                if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String pathPart = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = pathPart.isEmpty() ? file
                        : file.getParent().resolve(decode(pathPart)).normalize();
                String where = root.relativize(file) + ":" + link.line() + ": (" + target + ")";
                if (!resolved.startsWith(root)) {
                    problems.add(where + " points outside the repository");
                    continue;
                }
                if (!Files.exists(resolved)) {
                    problems.add(where + " points at " + root.relativize(resolved) + ", which does not exist");
                    continue;
                }
                if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocumentationLinksTest::headingAnchors).contains(anchor)) {
                    problems.add(where + " names #" + anchor + ", which is no heading of " + root.relativize(resolved));
                }
            }
        }
        assertThat(problems).as("broken links in the documentation").isEmpty();
    }

    @Test
    void noDocumentPointsAtTheEngineersSharedFolder() {
        List<String> problems = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("../shared")) {
                    problems.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(problems).as("mentions of ../shared, which does not exist next to a clone").isEmpty();
    }

    @Test
    void theReadmeLinksEveryDocument() throws IOException {
        Set<String> linked = new HashSet<>();
        for (Link link : links(root.resolve("README.md"))) {
            linked.add(link.target().replaceFirst("#.*", ""));
        }
        List<String> documents;
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            documents = files.filter(p -> p.toString().endsWith(".md")).map(p -> "docs/" + p.getFileName()).sorted()
                    .toList();
        }
        assertThat(documents).as("the manual in docs/").contains("docs/aanleveren.md", "docs/bronnen.md",
                "docs/indicatoren.md", "docs/rapportages.md", "docs/beheer.md");
        assertThat(linked).as("links in README.md").containsAll(documents);
    }

    @Test
    void headingAnchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchor("Bronnen koppelen / source definitions")).isEqualTo("bronnen-koppelen--source-definitions");
        assertThat(anchor("The jaaroverzicht klachten (Awb 9:12a)")).isEqualTo("the-jaaroverzicht-klachten-awb-912a");
        assertThat(anchor("`manifest.json`")).isEqualTo("manifestjson");
        assertThat(anchor("Cliëntenraad en adviezen")).isEqualTo("cliëntenraad-en-adviezen");
        assertThat(anchor("The run's files: [indicatoren](x.md), open data")).isEqualTo("the-runs-files-indicatoren-open-data");
    }

    private record Link(int line, String target) {
    }

    /** README.md and every other Markdown file of the repository, outside build output, local data and hidden folders. */
    private List<Path> markdownFiles() {
        assertThat(root.resolve("README.md")).as("the tests run in the repository's root folder").exists();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** The links of a file, outside fenced code blocks and inline code. */
    private static List<Link> links(Path file) {
        List<Link> links = new ArrayList<>();
        boolean fenced = false;
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = line.replaceAll("`[^`]*`", "");
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                links.add(new Link(i + 1, inline.group(1)));
            }
            Matcher reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                links.add(new Link(i + 1, reference.group(1)));
            }
        }
        return links;
    }

    /** The anchors GitHub gives a file's headings, with -1, -2 ... for repeated headings. */
    private static Set<String> headingAnchors(Path file) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : read(file)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (fenced || !heading.matches()) {
                continue;
            }
            String anchor = anchor(heading.group(2));
            int count = seen.merge(anchor, 1, Integer::sum);
            anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: link text kept, lower case, punctuation dropped, each space a hyphen. */
    static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private static String decode(String path) {
        return path.replace("%20", " ");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
