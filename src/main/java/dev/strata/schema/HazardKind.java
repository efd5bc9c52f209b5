package dev.strata.schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What can go wrong when a change runs on a database that holds rows and serves traffic. The
 * names are stripe/pg-schema-diff's, plus {@link #FAILS_ON_EXISTING_ROWS}, which none of them
 * says: the statement itself can fail. Whether a kind is {@linkplain #allowedByDefault() allowed
 * by default} decides whether {@code db diff} and {@code revision --autogenerate} need it named
 * in {@code --allow-hazards}.
 */
public enum HazardKind {
    /** Takes an ACCESS EXCLUSIVE lock for longer than a catalog update: a rewrite or a full scan. */
    ACQUIRES_ACCESS_EXCLUSIVE_LOCK(true),
    /** Takes a SHARE lock: writes to the table wait until it ends (a plain CREATE INDEX). */
    ACQUIRES_SHARE_LOCK(true),
    /** Takes a SHARE ROW EXCLUSIVE lock: writes wait (a foreign key on both tables, a trigger). */
    ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK(true),
    /** Changes who may read or write what: privileges, policies, row-level security. */
    AUTHZ_UPDATE(true),
    /** Running code may see other results: rows leave a parent's queries, an enum sorts differently. */
    CORRECTNESS(false),
    /** It can lose data: a dropped table, column or type, or a narrowing cast; allowed by --unsafe. */
    DELETES_DATA(false),
    /** Fails if existing rows do not fit: a NOT NULL or a constraint that checks them. */
    FAILS_ON_EXISTING_ROWS(true),
    /** What it drops may be used where PostgreSQL does not track it: function bodies, the application. */
    HAS_UNTRACKABLE_DEPENDENCIES(true),
    /** Queries or writes may get slower: an index goes, storage parameters change. */
    IMPACTS_DATABASE_PERFORMANCE(true),
    /** An index builds on an existing table: it reads the whole table. */
    INDEX_BUILD(true),
    /** An index on an existing table is dropped: queries that used it scan instead. */
    INDEX_DROPPED(true),
    /** It runs SQL written by a person (a function body, a view's query) that the diff does not check. */
    IS_USER_GENERATED(true),
    /** ALTER EXTENSION ... UPDATE: the extension's own upgrade script runs, whatever it does. */
    UPGRADING_EXTENSION_VERSION(false);

    private final boolean allowedByDefault;

    HazardKind(boolean allowedByDefault) {
        this.allowedByDefault = allowedByDefault;
    }

    /** Whether a script may carry it without {@code --allow-hazards} naming it (printed either way). */
    public boolean allowedByDefault() {
        return allowedByDefault;
    }

    /** The kinds allowed without being named. */
    public static Set<HazardKind> defaults() {
        return Arrays.stream(values()).filter(HazardKind::allowedByDefault)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardKind.class)));
    }

    /**
     * The kinds {@code --allow-hazards} names, comma-separated, exactly as spelled here.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public static Set<HazardKind> parse(String list) {
        Set<HazardKind> kinds = EnumSet.noneOf(HazardKind.class);
        for (String name : list.split(",")) {
            String kind = name.strip();
            if (kind.isEmpty()) {
                continue;
            }
            try {
                kinds.add(valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--allow-hazards: unknown hazard kind '" + kind + "'; the kinds are "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), e);
            }
        }
        return kinds;
    }
}
