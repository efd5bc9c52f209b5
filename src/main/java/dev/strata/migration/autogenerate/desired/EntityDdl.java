package dev.strata.migration.autogenerate.desired;

import dev.strata.settings.StrataException;
import dev.strata.settings.ToolSettings.EntityNaming;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hibernate.HibernateException;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.spi.GenerationTarget;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's schema generation for the entity classes, as a list of PostgreSQL statements.
 * It never connects: the dialect is fixed ({@link PostgresDialect} at the scratch server's
 * version) and JDBC metadata access is off, so the statements go to a collecting target instead
 * of a database.
 *
 * @param statements the DDL in Hibernate's order: types, sequences, tables, indexes, foreign keys
 * @param warnings what the entities say that a migration should rather not (one line each)
 */
record EntityDdl(List<String> statements, List<String> warnings) {

    EntityDdl {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    static EntityDdl render(List<Class<?>> classes, ClassLoader loader, int postgresMajorVersion) {
        return render(classes, loader, postgresMajorVersion, EntityNaming.SPRING);
    }

    static EntityDdl render(List<Class<?>> classes, ClassLoader loader, int postgresMajorVersion, EntityNaming naming) {
        CompletableFuture<@Nullable ValidatorFactory> validation = BeanValidationDdl.start(loader);
        try {
            return render(classes, loader, postgresMajorVersion, naming, validation);
        } finally {
            validation.thenAccept(factory -> {
                if (factory != null) {
                    factory.close();
                }
            });
        }
    }

    private static EntityDdl render(List<Class<?>> classes, ClassLoader loader, int postgresMajorVersion,
            EntityNaming naming, CompletableFuture<@Nullable ValidatorFactory> validation) {
        PostgresDialect dialect = new PostgresDialect(postgresMajorVersion);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                .applySetting(JdbcSettings.DIALECT, dialect)
                .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (naming == EntityNaming.SPRING) {
                builder.applyImplicitNamingStrategy(new SpringNaming())
                        .applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
            } else {
                builder.applyImplicitNamingStrategy(new PostgresNaming());
            }
            MetadataImplementor metadata = (MetadataImplementor) builder
                    .applyColumnOrderingStrategy(new DeclarationOrder())
                    .build();
            // Hibernate orders columns only when it builds a SessionFactory, which this never does.
            metadata.orderColumns(true);
            BeanValidationDdl.apply(metadata, registry, dialect, loader, validation);
            // Before generation, which caches every column's type name as if it had been given explicitly.
            List<String> warnings = EntityWarnings.of(metadata);
            List<String> statements = new ArrayList<>();
            registry.requireService(SchemaManagementTool.class).setCustomDatabaseGenerationTarget(collector(statements));
            SchemaManagementToolCoordinator.process(metadata, registry,
                    Map.of(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create",
                            SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, true), null);
            return new EntityDdl(statements, warnings);
        } catch (HibernateException | IllegalArgumentException e) {
            throw new StrataException("cannot render the entities: " + e.getMessage(), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static GenerationTarget collector(List<String> statements) {
        return new GenerationTarget() {
            @Override
            public void prepare() {
                // nothing to open: the statements are only collected
            }

            @Override
            public void accept(String command) {
                statements.add(command);
            }

            @Override
            public void release() {
                // nothing to close
            }
        };
    }
}
