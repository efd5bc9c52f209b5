package dev.strata.schema.model;

/**
 * An object a comment is on, as COMMENT ON names it.
 *
 * @param kind e.g. {@code CONSTRAINT}, {@code SCHEMA}, {@code FUNCTION}
 * @param target the object's quoted SQL name after the kind, e.g. {@code users_pkey ON public.users}
 */
public record CommentTarget(String kind, String target) implements Comparable<CommentTarget> {

    @Override
    public int compareTo(CommentTarget other) {
        int kinds = kind.compareTo(other.kind);
        return kinds != 0 ? kinds : target.compareTo(other.target);
    }
}
