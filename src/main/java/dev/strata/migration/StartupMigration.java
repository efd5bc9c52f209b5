package dev.strata.migration;

import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.Databases;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs while the application context is created, so before the HTTP port opens: waits for the
 * database, then applies pending migrations when enabled. A failure stops the start.
 */
final class StartupMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StartupMigration.class);

    private final MigrationService migrations;
    private final Databases databases;
    private final boolean enabled;
    private final Duration wait;

    StartupMigration(MigrationService migrations, Databases databases, boolean enabled, Duration wait) {
        this.migrations = migrations;
        this.databases = databases;
        this.enabled = enabled;
        this.wait = wait;
    }

    @Override
    public void afterPropertiesSet() {
        if (enabled) {
            migrations.refuseTransactionPooler();
        }
        DatabaseSettings target = enabled ? databases.migration() : databases.runtime();
        new DatabaseWait(target, log::warn).await(wait);
        if (!enabled) {
            log.info("Migrations on startup are off (STRATA_MIGRATE_ON_STARTUP=false); run 'strata db upgrade' to apply them");
            return;
        }
        long started = System.nanoTime();
        int applied = migrations.upgrade();
        log.info("Migrations: {} applied in {} ms, the database is at head", applied,
                (System.nanoTime() - started) / 1_000_000);
    }
}
