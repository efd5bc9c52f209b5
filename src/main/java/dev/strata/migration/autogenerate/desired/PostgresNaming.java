package dev.strata.migration.autogenerate.desired;

import dev.strata.persistence.EntityNames;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * Names for what the entities leave unnamed, with {@code STRATA_ENTITY_NAMING=exact} (explicit
 * names are then used as written; {@link SpringNaming} is the default). Tables and columns: snake case of the Java name
 * ({@link EntityNames}, the rule the runtime reads rows by); a foreign key column is the
 * attribute plus the referenced column ({@code user} -> {@code user_id}). Constraints and indexes:
 * the names PostgreSQL itself gives an inline {@code REFERENCES} or {@code UNIQUE}
 * ({@code <table>_<columns>_fkey}, {@code _key}, {@code _idx}, cut to 63 bytes as PostgreSQL
 * does), never Hibernate's hashed {@code FK...}/{@code UK...}, so entities and hand-written
 * migrations agree.
 */
final class PostgresNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL's NAMEDATALEN - 1. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    @Override
    public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
        return toIdentifier(EntityNames.snake(source.getEntityNaming().getJpaEntityName()), source.getBuildingContext());
    }

    @Override
    public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
        return toIdentifier(EntityNames.snake(transformAttributePath(source.getAttributePath())),
                source.getBuildingContext());
    }

    @Override
    public Identifier determineJoinColumnName(ImplicitJoinColumnNameSource source) {
        if (source.getAttributePath() == null) {
            return super.determineJoinColumnName(source);
        }
        return toIdentifier(EntityNames.snake(transformAttributePath(source.getAttributePath())) + "_"
                + source.getReferencedColumnName().getText(), source.getBuildingContext());
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return named(source, "fkey");
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        return named(source, "key");
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return named(source, "idx");
    }

    static Identifier named(ImplicitConstraintNameSource source, String label) {
        if (source.getUserProvidedIdentifier() != null) {
            return source.getUserProvidedIdentifier();
        }
        String columns = source.getColumnNames().stream().map(Identifier::getText).collect(Collectors.joining("_"));
        return Identifier.toIdentifier(postgresName(source.getTableName().getText(), columns, label));
    }

    /**
     * PostgreSQL's own choice ({@code makeObjectName}): {@code table_columns_label}, shortening the
     * longer of table and columns one character at a time until it fits in 63 bytes.
     */
    static String postgresName(String table, String columns, String label) {
        int available = MAX_IDENTIFIER_BYTES - label.length() - 2;
        int tableLength = table.length();
        int columnsLength = columns.length();
        while (bytes(table, tableLength) + bytes(columns, columnsLength) > available) {
            if (tableLength > columnsLength) {
                tableLength--;
            } else {
                columnsLength--;
            }
        }
        return table.substring(0, tableLength) + "_" + columns.substring(0, columnsLength) + "_" + label;
    }

    private static int bytes(String text, int length) {
        return text.substring(0, length).getBytes(StandardCharsets.UTF_8).length;
    }
}
