package nl.participatiemonitor.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@link Area} an archived file belongs to, and whose scope its folder lies in. The scope folders are
 * those the publisher writes: {@code GM0166} (raadsrapportage), {@code toezicht-ALLE} or
 * {@code toezicht-GM0014+GM0034}, {@code dossier-GM0166}, {@code jaaroverzicht-GM0166} or
 * {@code jaaroverzicht-<GR>}, {@code indicatoren-ALLE}. A folder of any other shape is shown to no one.
 */
final class ArchiveAccess {

    static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?");
    static final Pattern MUNICIPALITY = Pattern.compile("GM[0-9]{4}");
    private static final Pattern SCOPE = Pattern.compile("(?:(toezicht|dossier|jaaroverzicht|indicatoren)-)?([A-Za-z0-9._+-]{1,200})");
    static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final String EVERY_MUNICIPALITY = "ALLE";

    private ArchiveAccess() {
    }

    /** What a scope folder is about: its kind (null for the raadsrapportage) and the municipalities, GR or ALLE it names. */
    record Folder(String kind, String subject) {

        /** The municipalities the folder names, or empty when it names a GR or every municipality. */
        List<String> municipalities() {
            return Arrays.stream(subject.split("\\+")).filter(m -> MUNICIPALITY.matcher(m).matches()).toList();
        }

        boolean inScopeOf(ConsoleUser user) {
            if (subject.equals(EVERY_MUNICIPALITY)) {
                return user.all() && user.role().needsScope();
            }
            List<String> named = municipalities();
            if (named.size() == subject.split("\\+").length) {
                return user.coversAll(named);
            }
            return "jaaroverzicht".equals(kind) && !subject.contains("+") && user.coversGr(subject);
        }
    }

    static Optional<Folder> folder(String scope) {
        Matcher matcher = SCOPE.matcher(scope == null ? "" : scope);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Folder folder = new Folder(matcher.group(1), matcher.group(2));
        if (folder.kind() == null && !MUNICIPALITY.matcher(folder.subject()).matches()) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The area of file {@code file} in scope folder {@code scope}, or empty when no one is to see it. */
    static Optional<Area> area(String scope, String file) {
        return folder(scope).flatMap(folder -> {
            if (folder.kind() == null) {
                return Optional.of(Area.RAADSRAPPORTAGE);
            }
            return switch (folder.kind()) {
                case "toezicht" -> Optional.of(Area.TOEZICHTRAPPORTAGE);
                case "dossier" -> MUNICIPALITY.matcher(folder.subject()).matches() ? Optional.of(Area.DOSSIER)
                        : Optional.empty();
                case "jaaroverzicht" -> Optional.of(Area.JAAROVERZICHT);
                case "indicatoren" -> switch (file) {
                    case "open-data.csv", "manifest.json" -> Optional.of(Area.OPEN_DATA);
                    case "signalen.csv" -> Optional.of(Area.SIGNALS);
                    case "indicatoren.csv" -> Optional.of(Area.UNSUPPRESSED_FIGURES);
                    default -> Optional.empty();
                };
                default -> Optional.empty();
            };
        });
    }

    /**
     * Whether {@code user} may open {@code file} of {@code scope}: the role must reach the file's area and the
     * folder must lie within the user's scope. Open data is public, so any role of its area sees all of it.
     */
    static boolean allows(ConsoleUser user, String scope, String file) {
        Optional<Area> area = area(scope, file);
        if (area.isEmpty() || !area.get().allows(user.role())) {
            return false;
        }
        return area.get() == Area.OPEN_DATA || folder(scope).orElseThrow().inScopeOf(user);
    }
}
