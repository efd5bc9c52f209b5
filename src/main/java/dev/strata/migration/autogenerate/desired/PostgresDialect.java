package dev.strata.migration.autogenerate.desired;

import static org.hibernate.type.SqlTypes.TIME;
import static org.hibernate.type.SqlTypes.TIMESTAMP;
import static org.hibernate.type.SqlTypes.TIMESTAMP_UTC;
import static org.hibernate.type.SqlTypes.TIMESTAMP_WITH_TIMEZONE;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * Hibernate's PostgreSQL dialect with the DDL a hand-written migration would have, so that both
 * sides of a diff agree without false positives:
 * <ul>
 * <li>a named enum ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}) is a type called after the Java
 *     enum in snake case ({@code UserStatus} -> {@code user_status}), its labels in declaration
 *     order (Hibernate sorts them and names the type {@code UserStatus}), without the implicit
 *     casts to and from varchar that Hibernate adds for its own runtime;</li>
 * <li>a timestamp or time at the default precision is written without one ({@code timestamptz},
 *     not {@code timestamp(6) with time zone}): the same type, but PostgreSQL records the typmod.</li>
 * </ul>
 */
final class PostgresDialect extends PostgreSQLDialect {

    /** PostgreSQL's default (and maximum) fractional-second precision. */
    private static final int DEFAULT_SECONDS_PRECISION = 6;

    PostgresDialect(int majorVersion) {
        super(DatabaseVersion.make(majorVersion));
    }

    @Override
    protected void registerColumnTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.registerColumnTypes(contributions, registry);
        DdlTypeRegistry types = contributions.getTypeConfiguration().getDdlTypeRegistry();
        types.addDescriptor(new DefaultPrecision(TIME, "time", this));
        types.addDescriptor(new DefaultPrecision(TIMESTAMP, "timestamp", this));
        types.addDescriptor(new DefaultPrecision(TIMESTAMP_WITH_TIMEZONE, "timestamptz", this));
        types.addDescriptor(new DefaultPrecision(TIMESTAMP_UTC, "timestamptz", this));
        types.addDescriptor(new NamedEnums.DdlType(this));
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(new NamedEnums.JdbcType());
    }

    /** {@code timestamptz} at the default precision, {@code timestamptz(3)} otherwise. */
    private static final class DefaultPrecision extends DdlTypeImpl {

        private final String name;

        DefaultPrecision(int sqlTypeCode, String name, PostgresDialect dialect) {
            super(sqlTypeCode, name + "($p)", dialect);
            this.name = name;
        }

        @Override
        public String getTypeName(Long size, Integer precision, Integer scale) {
            return precision == null || precision == DEFAULT_SECONDS_PRECISION ? name : name + "(" + precision + ")";
        }
    }
}
