package dev.strata.migration;

import dev.strata.settings.Databases;
import dev.strata.settings.Env;
import java.time.Duration;
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
    MigrationService migrationService(Databases databases, Env env) {
        return new MigrationService(databases.migration(), MigrationService.locations(env), log::info);
    }

    @Bean
    MigrationCatalog migrationCatalog(MigrationService migrations) {
        return MigrationCatalog.scan(migrations.locations());
    }

    @Bean
    StartupMigration startupMigration(MigrationService migrations, Databases databases, Env env) {
        boolean migrate = env.flag("STRATA_MIGRATE_ON_STARTUP", databases.embedded());
        Duration wait = Duration.ofSeconds(env.integer("STRATA_DB_WAIT", 30, 0, 86_400));
        return new StartupMigration(migrations, databases, migrate, wait);
    }
}
