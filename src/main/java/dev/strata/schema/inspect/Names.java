package dev.strata.schema.inspect;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;

/** How PostgreSQL prints names inside expressions it decompiles. */
final class Names {

    private Names() {
    }

    /** The text of {@code 'name'::regclass} with an empty search path: schema-qualified, quoted as needed. */
    static String regclassText(QualifiedName name) {
        return Sql.name(name).replace("'", "''");
    }
}
