package dev.strata.migration.autogenerate;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one line that says which objects a diff left out because the engine does not model their
 * kind: {@code not compared: 2 publications, 1 event trigger}, kinds in the order given.
 */
public final class NotComparedText {

    private NotComparedText() {
    }

    /** The line, or empty when everything was compared. */
    public static Optional<String> line(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("not compared: " + counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + (entry.getValue() == 1 ? entry.getKey() : plural(entry.getKey())))
                .collect(Collectors.joining(", ")));
    }

    /** The plural of a kind's noun phrase: its last word takes the English ending. */
    static String plural(String kind) {
        if (kind.endsWith("s") || kind.endsWith("x") || kind.endsWith("ch")) {
            return kind + "es";
        }
        if (kind.endsWith("y") && kind.length() > 1 && "aeiou".indexOf(kind.charAt(kind.length() - 2)) < 0) {
            return kind.substring(0, kind.length() - 1) + "ies";
        }
        return kind + "s";
    }
}
