package dev.strata.schema.model;

import java.util.List;
import java.util.Map;

/**
 * Privileges outside tables (a table holds its own and its columns' in {@link Table#grants()}),
 * default privileges, and who owns what.
 *
 * @param grants privileges on views, sequences, routines, types and schemas, sorted by object
 * @param defaults the default privileges that apply in the compared schemas, sorted
 * @param owners the owner of every table, view, sequence, routine, type and schema: not compared,
 *     but the owner's implicit privileges are never granted or revoked
 */
public record Access(List<Grant> grants, List<DefaultPrivilege> defaults, Map<Securable, String> owners) {

    public Access {
        grants = List.copyOf(grants);
        defaults = List.copyOf(defaults);
        owners = Map.copyOf(owners);
    }

    /** No privileges, no defaults, no owners known. */
    public static Access none() {
        return new Access(List.of(), List.of(), Map.of());
    }
}
