package dev.strata.persistence;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcConverter;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

/**
 * Reads R2DBC rows into entity classes with Spring Data's mapping, naming tables and columns by
 * the entities' Jakarta Persistence annotations through {@link EntityNames}: the class Hibernate
 * renders the table from is the class the runtime fills, so there is no second copy of the
 * column list to keep in step. Columns a query does not select are left unset.
 */
public final class EntityRows {

    private static final R2dbcConverter CONVERTER =
            new MappingR2dbcConverter(R2dbcMappingContext.forPlainIdentifiers(new JpaNames()));

    private EntityRows() {
    }

    /** The entity in {@code row}. */
    public static <T> T read(Class<T> entity, Row row, RowMetadata metadata) {
        return CONVERTER.read(entity, row, metadata);
    }

    /** The column a Spring Data property maps to: the entity's own name for it. */
    private static final class JpaNames implements NamingStrategy {

        @Override
        public String getTableName(Class<?> type) {
            return EntityNames.table(type);
        }

        @Override
        public String getColumnName(RelationalPersistentProperty property) {
            return property.getField() != null ? EntityNames.column(property.getField(), property.getName())
                    : EntityNames.snake(property.getName());
        }
    }
}
