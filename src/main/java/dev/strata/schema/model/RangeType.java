package dev.strata.schema.model;

import org.jspecify.annotations.Nullable;

/**
 * A range type ({@code CREATE TYPE ... AS RANGE}). Its constructor functions and its multirange
 * type come with it, so they are not modelled apart.
 *
 * @param subtype as format_type prints it
 * @param opclass the subtype's operator class when it is not the subtype's default b-tree class, else null
 * @param collation the collation when the subtype is collatable and it is not the subtype's default, else null
 * @param canonical the canonical function (regproc text), else null
 * @param subtypeDiff the subtype difference function (regproc text), else null
 * @param multirange the multirange type's name
 */
public record RangeType(QualifiedName name, String subtype, @Nullable String opclass, @Nullable String collation,
        @Nullable String canonical, @Nullable String subtypeDiff, QualifiedName multirange, @Nullable String comment) {

    /**
     * The multirange name PostgreSQL gives a range type when none is given: the range's name
     * with its first {@code range} made {@code multirange}, else with {@code _multirange} added.
     */
    public QualifiedName defaultMultirange() {
        int range = name.name().indexOf("range");
        return name.withName(range < 0 ? name.name() + "_multirange"
                : name.name().substring(0, range) + "multi" + name.name().substring(range));
    }

    /** The same type without its comment, to compare definitions. */
    public RangeType withoutComment() {
        return new RangeType(name, subtype, opclass, collation, canonical, subtypeDiff, multirange, null);
    }
}
