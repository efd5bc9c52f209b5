package dev.strata.schema.diff;

import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.NamespaceChange.AlterExtension;
import dev.strata.schema.ops.NamespaceChange.CreateExtension;
import dev.strata.schema.ops.NamespaceChange.CreateSchema;
import dev.strata.schema.ops.NamespaceChange.DropExtension;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import java.util.ArrayList;
import java.util.List;

/** Schemas and extensions: created or dropped; an extension's schema and version are altered in place. */
final class NamespaceDiffer {

    private NamespaceDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        to.schemas().stream().filter(s -> !from.schemas().contains(s)).forEach(s -> changes.add(new CreateSchema(s)));
        from.schemas().stream().filter(s -> !to.schemas().contains(s)).forEach(s -> changes.add(new DropSchema(s)));
        changes.addAll(Keyed.<String, dev.strata.schema.model.Extension, Change>compare(from.extensions(),
                to.extensions(), (a, b) -> {
                    List<Change> list = new ArrayList<>();
                    if (a != null && b != null) {
                        list.add(new AlterExtension(a, b));
                        return list;
                    }
                    if (a != null) {
                        list.add(new DropExtension(a));
                    }
                    if (b != null) {
                        list.add(new CreateExtension(b));
                    }
                    return list;
                }));
        return changes;
    }
}
