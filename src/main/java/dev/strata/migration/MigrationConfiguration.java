package dev.strata.migration;

import dev.strata.settings.Databases;
import dev.strata.settings.MigrationSettings;
import dev.strata.settings.StrataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot-time migration. {@code STRATA_MIGRATE_ON_STARTUP} defaults to false with a configured
 * database (production migrates as an explicit, reviewed step or opts in per environment) and
 * to true in the zero-setup embedded run, whose database exists only for development.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);

    @Bean
    MigrationService migrationService(Databases databases, StrataSettings settings) {
        // Before anything connects: a location that cannot work stops the start with one line.
        MigrationLocations.require(settings.migrations().locations());
        return new MigrationService(databases.migration(), settings.migrations().locations(), log::info);
    }

    @Bean
    MigrationCatalog migrationCatalog(MigrationService migrations) {
        return MigrationCatalog.scan(migrations.locations());
    }

    @Bean
    StartupMigration startupMigration(MigrationService migrations, Databases databases, StrataSettings settings) {
        MigrationSettings migration = settings.migrations();
        return new StartupMigration(migrations, databases, migration.onStartup(), migration.databaseWait());
    }
}
