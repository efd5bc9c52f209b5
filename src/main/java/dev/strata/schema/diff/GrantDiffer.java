package dev.strata.schema.diff;

import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RestoreCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokeCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares privileges by object, grantee and privilege (a column's by its column too). A grant
 * whose grant option changes is revoked and granted again. On a created object, what default
 * privileges may have given it and the target lacks is revoked first ({@link CreationGrants}),
 * then the target's privileges are granted; a dropped object's are revoked before it goes, so that
 * reversing the drop brings them back. An object that is dropped and created again (a view
 * rebuilt, a routine whose result changes, an enum recreated) is both.
 */
final class GrantDiffer {

    private GrantDiffer() {
    }

    /** The tables' and their columns' privileges, without default privileges. */
    public static List<Change> diff(List<TablePair> pairs) {
        return diff(pairs, CreationGrants.none(), Map.of(), Map.of());
    }

    /** @param fromOwners and {@code toOwners}: each side's owners, whose own privileges are never revoked */
    static List<Change> diff(List<TablePair> pairs, CreationGrants creation, Map<Securable, String> fromOwners,
            Map<Securable, String> toOwners) {
        List<Change> changes = new ArrayList<>();
        for (TablePair pair : pairs) {
            Table from = pair.from();
            Table to = pair.to();
            if (from != null && to != null) {
                changes.addAll(kept(from.grants(), to.grants()));
                continue;
            }
            if (from != null) {
                changes.addAll(dropped(Securable.table(from.name()), from.grants(), creation,
                        fromOwners.get(Securable.table(from.name()))));
            }
            if (to != null) {
                changes.addAll(created(Securable.table(to.name()), to.grants(), creation,
                        toOwners.get(Securable.table(to.name()))));
            }
        }
        return changes;
    }

    /**
     * Privileges on views, sequences, routines, types and schemas: every object either side's
     * owners name, except tables (see {@link #diff(List, CreationGrants, Map, Map)}).
     *
     * @param recreated the objects the other changes drop; those the target has are created anew
     */
    static List<Change> objects(SchemaModel from, SchemaModel to, CreationGrants creation, Set<Securable> recreated) {
        Map<Securable, List<Grant>> before = byObject(from.access().grants());
        Map<Securable, List<Grant>> after = byObject(to.access().grants());
        Map<Securable, String> fromOwners = from.access().owners();
        Map<Securable, String> toOwners = to.access().owners();
        Set<Securable> objects = new TreeSet<>(fromOwners.keySet());
        objects.addAll(toOwners.keySet());
        List<Change> changes = new ArrayList<>();
        for (Securable object : objects) {
            if (isTable(object, from) || isTable(object, to)) {
                continue;
            }
            boolean inFrom = fromOwners.containsKey(object);
            boolean inTo = toOwners.containsKey(object);
            List<Grant> a = before.getOrDefault(object, List.of());
            List<Grant> b = after.getOrDefault(object, List.of());
            if (inFrom && inTo && !recreated.contains(object)) {
                changes.addAll(kept(a, b));
                continue;
            }
            if (inFrom) {
                changes.addAll(dropped(object, a, creation, fromOwners.get(object)));
            }
            if (inTo) {
                changes.addAll(created(object, b, creation, toOwners.get(object)));
            }
        }
        return changes;
    }

    /** Default privileges: an entry taken away before one is put in place, so a changed grant option is both. */
    static List<Change> defaults(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        Set<DefaultPrivilege> after = new TreeSet<>(to.access().defaults());
        Set<DefaultPrivilege> before = new TreeSet<>(from.access().defaults());
        before.stream().filter(entry -> !after.contains(entry))
                .forEach(entry -> changes.add(new AlterDefaultPrivilege(entry, false)));
        after.stream().filter(entry -> !before.contains(entry))
                .forEach(entry -> changes.add(new AlterDefaultPrivilege(entry, true)));
        return changes;
    }

    private static boolean isTable(Securable object, SchemaModel model) {
        return object.kind() == Securable.Kind.TABLE && model.tables().containsKey(object.name());
    }

    private static List<Change> kept(List<Grant> from, List<Grant> to) {
        return Matching.byKey(from, to, GrantDiffer::key).recreating((a, b) -> a.grantable() != b.grantable(),
                RevokePrivilege::new, GrantPrivilege::new);
    }

    /**
     * Right after CREATE: revoke what the defaults may have given and the target lacks (or has
     * without the grant option), then grant the target's privileges but those every such object
     * surely has.
     */
    private static List<Change> created(Securable object, List<Grant> target, CreationGrants creation,
            @Nullable String owner) {
        Map<String, Grant> wanted = target.stream().filter(g -> g.object().equals(object))
                .collect(Collectors.toMap(CreationGrants::key, g -> g));
        List<Change> changes = new ArrayList<>();
        for (Grant possible : creation.possible(object, owner)) {
            Grant kept = wanted.get(CreationGrants.key(possible));
            if (kept == null || possible.grantable() && !kept.grantable()) {
                changes.add(new RevokeCreationGrant(possible));
            }
        }
        target.stream().filter(grant -> !creation.certain(grant)).forEach(grant -> changes.add(new GrantPrivilege(grant)));
        return changes;
    }

    /** The reverse of {@link #created}: what reversing the drop must do after creating the object again. */
    private static List<Change> dropped(Securable object, List<Grant> grants, CreationGrants creation,
            @Nullable String owner) {
        return created(object, grants, creation, owner).reversed().stream().map(Change::reverse).toList();
    }

    private static Map<Securable, List<Grant>> byObject(List<Grant> grants) {
        return grants.stream().collect(Collectors.groupingBy(Grant::object, java.util.TreeMap::new, Collectors.toList()));
    }

    /** Role names cannot hold a NUL, so the key is unambiguous; the table's name is left out (it may be renamed). */
    private static String key(Grant grant) {
        return grant.object().kind() + "\0" + CreationGrants.key(grant);
    }
}
