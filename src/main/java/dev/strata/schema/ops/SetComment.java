package dev.strata.schema.ops;

import org.jspecify.annotations.Nullable;

/**
 * COMMENT ON an object; null text removes the comment.
 *
 * @param kind the SQL object kind: TABLE, COLUMN, TYPE, VIEW, CONSTRAINT, SCHEMA, FUNCTION...
 * @param target the object's already-quoted SQL name, e.g. {@code public.users.email}
 * @param beforeDrops whether it runs first, before anything is dropped or renamed: a comment
 *     taken off an object that is dropped or renamed, named as it is before; its reverse then
 *     puts the comment back once the down script has created the object again
 */
public record SetComment(String kind, String target, @Nullable String from, @Nullable String to,
        boolean beforeDrops) implements Change {

    /** A comment set once the objects exist as the target has them. */
    public SetComment(String kind, String target, @Nullable String from, @Nullable String to) {
        this(kind, target, from, to, false);
    }

    public Change reverse() {
        return new SetComment(kind, target, to, from, beforeDrops);
    }

    public String describe() {
        return (to == null ? "remove comment on " : "comment on ") + kind.toLowerCase(java.util.Locale.ROOT) + " " + target;
    }
}
