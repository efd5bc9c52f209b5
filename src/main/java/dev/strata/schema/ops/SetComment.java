package dev.strata.schema.ops;

import org.jspecify.annotations.Nullable;

/**
 * COMMENT ON an object; null text removes the comment.
 *
 * @param kind the SQL object kind: TABLE, COLUMN, TYPE, VIEW, MATERIALIZED VIEW
 * @param target the object's already-quoted SQL name, e.g. {@code public.users.email}
 */
public record SetComment(String kind, String target, @Nullable String from, @Nullable String to) implements Change {

    public Change reverse() {
        return new SetComment(kind, target, to, from);
    }

    public String describe() {
        return (to == null ? "remove comment on " : "comment on ") + kind.toLowerCase(java.util.Locale.ROOT) + " " + target;
    }
}
