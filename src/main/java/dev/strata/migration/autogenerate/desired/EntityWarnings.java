package dev.strata.migration.autogenerate.desired;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * Entity mappings that render valid DDL but are rarely what was meant: a timestamp without time
 * zone (a {@code LocalDateTime} field), and a decimal with Hibernate's default precision and
 * scale (38, 2) because the field does not say.
 */
final class EntityWarnings {

    private EntityWarnings() {
    }

    static List<String> of(Metadata metadata) {
        List<String> warnings = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (Column column : table.getColumns()) {
                    String warning = warning(metadata, column);
                    if (warning != null) {
                        warnings.add(table.getName() + "." + column.getName() + ": " + warning);
                    }
                }
            }
        }
        return warnings;
    }

    private static @Nullable String warning(Metadata metadata, Column column) {
        if (column.getSqlType() != null) { // a columnDefinition says exactly what is wanted
            return null;
        }
        int type = column.getSqlTypeCode(metadata);
        if (type == Types.TIMESTAMP) {
            return "timestamp without time zone; use Instant or OffsetDateTime for timestamptz";
        }
        if ((type == Types.NUMERIC || type == Types.DECIMAL) && column.getPrecision() == null) {
            return "numeric without @Column(precision, scale) gets Hibernate's numeric(38,2); say what you need";
        }
        return null;
    }
}
