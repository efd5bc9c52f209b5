package dev.strata.schema.ops;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which type changes keep every value that fits the old type. Anything not listed here counts
 * as narrowing, so it is reported as destructive: a cast that can fail or round is never silent.
 */
public final class TypeWidening {

    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?(\\[\\])?");

    /** Base type to the base types that hold all of its values. */
    private static final Map<String, List<String>> WIDER = Map.of(
            "smallint", List.of("integer", "bigint", "numeric", "real", "double precision"),
            "integer", List.of("bigint", "numeric", "double precision"),
            "bigint", List.of("numeric"),
            "real", List.of("double precision"),
            "character", List.of("character varying", "text"),
            "character varying", List.of("text"),
            "timestamp without time zone", List.of("timestamp with time zone"),
            "date", List.of("timestamp without time zone", "timestamp with time zone"),
            "time without time zone", List.of("time with time zone"),
            "json", List.of("jsonb", "text"));

    /** A serial column holds the values of its base type; its sequence is not data. */
    private static final Map<String, String> SERIAL_BASE = Map.of(
            "smallserial", "smallint", "serial", "integer", "bigserial", "bigint");

    private TypeWidening() {
    }

    /** Whether a serial column stops being serial: its sequence, and the position it reached, are dropped. */
    public static boolean dropsSequence(String from, String to) {
        return SERIAL_BASE.containsKey(from) && !SERIAL_BASE.containsKey(to);
    }

    /** The type a serial type stands for, or null when {@code type} is not a serial type. */
    public static @Nullable String serialBase(String type) {
        return SERIAL_BASE.get(type);
    }

    /** Whether changing a column from {@code from} to {@code to} keeps every value. */
    public static boolean isWidening(String from, String to) {
        return isWideningBase(SERIAL_BASE.getOrDefault(from, from), SERIAL_BASE.getOrDefault(to, to));
    }

    private static boolean isWideningBase(String from, String to) {
        if (from.equals(to) || to.equals("text")) {
            return true; // every value has a text form, enums', arrays' and ranges' included
        }
        Matcher a = SIZED.matcher(from);
        Matcher b = SIZED.matcher(to);
        if (!a.matches() || !b.matches() || (a.group(4) == null) != (b.group(4) == null)) {
            return false;
        }
        String baseA = a.group(1);
        String baseB = b.group(1);
        if (baseA.equals(baseB)) {
            return sizeWidens(baseA, a, b);
        }
        if (baseB.equals("text")) {
            return true; // element-wise, as above
        }
        if (!WIDER.getOrDefault(baseA, List.of()).contains(baseB)) {
            return false;
        }
        // character(n) -> character varying(m) keeps values only when m >= n
        return b.group(2) == null || a.group(2) != null && Integer.parseInt(b.group(2)) >= Integer.parseInt(a.group(2));
    }

    private static boolean sizeWidens(String base, Matcher a, Matcher b) {
        if (b.group(2) == null) {
            return true;
        }
        if (a.group(2) == null) {
            return false;
        }
        int lengthA = Integer.parseInt(a.group(2));
        int lengthB = Integer.parseInt(b.group(2));
        if (!base.equals("numeric")) {
            return lengthB >= lengthA;
        }
        int scaleA = a.group(3) == null ? 0 : Integer.parseInt(a.group(3));
        int scaleB = b.group(3) == null ? 0 : Integer.parseInt(b.group(3));
        return scaleB >= scaleA && lengthB - scaleB >= lengthA - scaleA;
    }
}
