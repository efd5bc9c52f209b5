package dev.strata.schema.diff;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares each table's grants by grantee and privilege. A grant whose grant option changes is
 * revoked and granted again. The grants of a created table are granted and those of a dropped
 * table revoked, so that reversing a table's drop brings them back.
 */
final class GrantDiffer {

    private GrantDiffer() {
    }

    public static List<Change> diff(List<TablePair> pairs) {
        List<Change> changes = new ArrayList<>();
        for (TablePair pair : pairs) {
            changes.addAll(Matching.children(pair, Table::grants, GrantDiffer::key).recreating(
                    (from, to) -> from.grantable() != to.grantable(), RevokePrivilege::new, GrantPrivilege::new));
        }
        return changes;
    }

    /** Role names cannot hold a NUL, so the key is unambiguous. */
    private static String key(Grant grant) {
        return grant.grantee() + '\0' + grant.privilege();
    }
}
