package dev.strata.migration.autogenerate.desired;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * A Spring Boot application's implicit names (Spring's strategy: JPA's, with a join table named
 * after the owning table and attribute), which Hibernate's snake-case physical strategy then turns
 * into the names the running application uses. Constraints and indexes without a name still get
 * PostgreSQL's own names ({@link PostgresNaming#named}), never Hibernate's hashed ones: nothing at
 * runtime depends on them, and a hand-written migration has PostgreSQL's.
 */
final class SpringNaming extends SpringImplicitNamingStrategy {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return PostgresNaming.named(source, "fkey");
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        return PostgresNaming.named(source, "key");
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return PostgresNaming.named(source, "idx");
    }
}
