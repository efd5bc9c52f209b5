package dev.strata.migration.autogenerate.desired;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.ColumnOrderingStrategy;
import org.hibernate.dialect.temptable.TemporaryTableColumn;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UserDefinedObjectType;
import org.jspecify.annotations.Nullable;

/**
 * Columns in the order the entity declares its fields (a mapped superclass's first), as a
 * hand-written {@code CREATE TABLE} would list them. Hibernate's own orders are alphabetical or
 * by storage size; neither is what the reader of a generated migration expects.
 */
final class DeclarationOrder implements ColumnOrderingStrategy {

    @Override
    public List<Column> orderTableColumns(Table table, Metadata metadata) {
        Set<Column> ordered = new LinkedHashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getTable() == table && entity.getMappedClass() != null) {
                for (Field field : fields(entity.getMappedClass())) {
                    Property property = property(entity, field.getName());
                    if (property != null) {
                        ordered.addAll(property.getColumns());
                    }
                }
            }
        }
        List<Column> columns = new ArrayList<>(ordered);
        columns.retainAll(table.getColumns());
        table.getColumns().stream().filter(column -> !ordered.contains(column)).forEach(columns::add);
        return columns;
    }

    private static List<Field> fields(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Field> fields = new ArrayList<>();
        hierarchy.forEach(c -> fields.addAll(List.of(c.getDeclaredFields())));
        return fields;
    }

    private static @Nullable Property property(PersistentClass entity, String name) {
        Property id = entity.getIdentifierProperty();
        if (id != null && id.getName().equals(name)) {
            return id;
        }
        return entity.hasProperty(name) ? entity.getProperty(name) : null;
    }

    @Override
    public @Nullable List<Column> orderConstraintColumns(Constraint constraint, Metadata metadata) {
        return null;
    }

    @Override
    public @Nullable List<Column> orderUserDefinedTypeColumns(UserDefinedObjectType type, Metadata metadata) {
        return null;
    }

    @Override
    public void orderTemporaryTableColumns(List<TemporaryTableColumn> columns, Metadata metadata) {
        // temporary tables are Hibernate's runtime business, never part of the schema
    }
}
