package dev.strata.schema.ops;

/**
 * One schema change. Every change knows its inverse, so a down script is the reversed list of
 * reversed changes and is never compared again.
 */
public sealed interface Change
        permits NamespaceChange, TypeChange, TableChange, ColumnChange, ConstraintChange, ProgramChange,
        AccessChange, SetComment, EventTriggerChange, OperatorChange,
        PublicationChange {

    /** The change that undoes this one. */
    Change reverse();

    /** Whether applying it can lose data: a dropped table, column or type, or a narrowing cast. */
    default boolean destructive() {
        return false;
    }

    /** One line for headers and messages, e.g. {@code add column public.users.bio}. */
    String describe();
}
