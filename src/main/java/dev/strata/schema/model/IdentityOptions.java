package dev.strata.schema.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of an identity column's sequence, as pg_sequence holds them. Which are PostgreSQL's
 * defaults depends on the column's type (the largest value) and the direction (the sign of the
 * increment), so only those that differ are spelled out.
 */
public record IdentityOptions(long start, long increment, long minValue, long maxValue, long cache, boolean cycle) {

    private static final Map<String, long[]> RANGE = Map.of(
            "smallint", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            "integer", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "bigint", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    /** The options an identity of {@code type} gets when none are given. */
    public static IdentityOptions defaults(String type) {
        long[] range = RANGE.getOrDefault(type, RANGE.get("bigint"));
        return new IdentityOptions(1, 1, 1, range[1], 1, false);
    }

    /**
     * The sequence options that differ from what an identity of {@code type} gets without them, in
     * the order CREATE SEQUENCE takes them, e.g. {@code [INCREMENT BY 10, START WITH 100]}.
     */
    public List<String> clauses(String type) {
        long[] range = RANGE.getOrDefault(type, RANGE.get("bigint"));
        boolean ascending = increment > 0;
        long defaultMin = ascending ? 1 : range[0];
        long defaultMax = ascending ? range[1] : -1;
        List<String> clauses = new ArrayList<>();
        if (increment != 1) {
            clauses.add("INCREMENT BY " + increment);
        }
        if (minValue != defaultMin) {
            clauses.add("MINVALUE " + minValue);
        }
        if (maxValue != defaultMax) {
            clauses.add("MAXVALUE " + maxValue);
        }
        if (start != (ascending ? minValue : maxValue)) {
            clauses.add("START WITH " + start);
        }
        if (cache != 1) {
            clauses.add("CACHE " + cache);
        }
        if (cycle) {
            clauses.add("CYCLE");
        }
        return clauses;
    }

    /**
     * These options once the column changes from {@code fromType} to {@code toType}: PostgreSQL
     * moves a bound that is the old type's default to the new type's, as ALTER SEQUENCE AS does.
     */
    public IdentityOptions retyped(String fromType, String toType) {
        long[] before = RANGE.getOrDefault(fromType, RANGE.get("bigint"));
        long[] after = RANGE.getOrDefault(toType, RANGE.get("bigint"));
        boolean ascending = increment > 0;
        long min = !ascending && minValue == before[0] ? after[0] : minValue;
        long max = ascending && maxValue == before[1] ? after[1] : maxValue;
        return new IdentityOptions(start, increment, min, max, cache, cycle);
    }

    /**
     * What ALTER COLUMN sets to turn {@code from} into these options, e.g. {@code [SET INCREMENT BY
     * 5, SET NO CYCLE]}. The sequence's current value is left alone: rows already numbered keep
     * their values and new ones continue from where the sequence is.
     */
    public List<String> alterations(IdentityOptions from) {
        List<String> set = new ArrayList<>();
        if (increment != from.increment) {
            set.add("SET INCREMENT BY " + increment);
        }
        if (minValue != from.minValue) {
            set.add("SET MINVALUE " + minValue);
        }
        if (maxValue != from.maxValue) {
            set.add("SET MAXVALUE " + maxValue);
        }
        if (start != from.start) {
            set.add("SET START WITH " + start);
        }
        if (cache != from.cache) {
            set.add("SET CACHE " + cache);
        }
        if (cycle != from.cycle) {
            set.add(cycle ? "SET CYCLE" : "SET NO CYCLE");
        }
        return set;
    }
}
