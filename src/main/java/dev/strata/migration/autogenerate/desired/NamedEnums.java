package dev.strata.migration.autogenerate.desired;

import dev.strata.persistence.EntityNames;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.NamedAuxiliaryDatabaseObject;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;
import org.hibernate.type.descriptor.sql.internal.NamedNativeEnumDdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.jspecify.annotations.Nullable;

/** PostgreSQL enum types as {@link PostgresDialect} declares them: snake-case name, labels in declaration order. */
final class NamedEnums {

    private NamedEnums() {
    }

    /** The {@code create type} of each enum, once per type however many columns use it. */
    static final class JdbcType extends PostgreSQLEnumJdbcType {

        private static final long serialVersionUID = 1L;

        @Override
        public void addAuxiliaryDatabaseObjects(JavaType<?> javaType, @Nullable BasicValueConverter<?, ?> converter,
                Size columnSize, Database database, JdbcTypeIndicators context) {
            Class<?> enumClass = javaType.getJavaTypeClass();
            String name = EntityNames.enumType(enumClass);
            String labels = Arrays.stream(enumClass.getEnumConstants())
                    .map(constant -> label(constant, converter))
                    .map(label -> "'" + label.replace("'", "''") + "'")
                    .collect(Collectors.joining(", "));
            database.addAuxiliaryDatabaseObject(new NamedAuxiliaryDatabaseObject(name, database.getDefaultNamespace(),
                    "create type " + name + " as enum (" + labels + ")", "drop type if exists " + name, Set.of(), true));
        }

        /** The label in the database: the constant's name, or its {@code @EnumeratedValue}. */
        @SuppressWarnings("unchecked")
        private static String label(Object constant, @Nullable BasicValueConverter<?, ?> converter) {
            if (converter == null) {
                return ((Enum<?>) constant).name();
            }
            Object value = ((BasicValueConverter<Object, ?>) converter).toRelationalValue(constant);
            return String.valueOf(value);
        }
    }

    /** The column type: the enum type's name. */
    static final class DdlType extends NamedNativeEnumDdlTypeImpl {

        DdlType(Dialect dialect) {
            super(dialect);
        }

        @Override
        public String getTypeName(Size columnSize, Type type, DdlTypeRegistry registry) {
            return EntityNames.enumType(type.getReturnedClass());
        }

        @Override
        public String getCastTypeName(org.hibernate.type.descriptor.jdbc.JdbcType jdbcType, JavaType<?> javaType) {
            return EntityNames.enumType(javaType.getJavaTypeClass());
        }

        @Override
        public String getCastTypeName(org.hibernate.type.descriptor.jdbc.JdbcType jdbcType, JavaType<?> javaType,
                Long length, Integer precision, Integer scale) {
            return EntityNames.enumType(javaType.getJavaTypeClass());
        }
    }
}
