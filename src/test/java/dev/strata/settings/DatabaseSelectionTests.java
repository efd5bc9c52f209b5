package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSelectionTests {

    private static final String URL = "postgresql://app:secret@db.example.com:5432/app";
    private static final String SUPABASE_URL =
            "postgresql://postgres.abcdefgh:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres";

    private static DatabaseSelection select(Map<String, String> variables) {
        return DatabaseSelection.from(Env.of(variables));
    }

    private static Databases configured(Map<String, String> variables) {
        DatabaseSelection selection = select(variables);
        assertThat(selection).isInstanceOf(DatabaseSelection.Configured.class);
        return ((DatabaseSelection.Configured) selection).databases();
    }

    // --- embedded ---

    @Test
    void nothingConfiguredSelectsEmbedded() {
        assertThat(select(Map.of())).isInstanceOf(DatabaseSelection.Embedded.class);
    }

    @Test
    void blankDatabaseUrlCountsAsUnset() {
        assertThat(select(Map.of("DATABASE_URL", "  "))).isInstanceOf(DatabaseSelection.Embedded.class);
    }

    @Test
    void sqliteEngineSelectsEmbeddedWithReasonMentioningSqlite() {
        assertThat(select(Map.of("DB_ENGINE", "SQLite")))
                .isInstanceOfSatisfying(DatabaseSelection.Embedded.class,
                        embedded -> assertThat(embedded.reason()).contains("SQLite"));
    }

    @Test
    void sqliteDatabaseUrlSelectsEmbedded() {
        assertThat(select(Map.of("DATABASE_URL", "sqlite:///./app.db")))
                .isInstanceOfSatisfying(DatabaseSelection.Embedded.class,
                        embedded -> assertThat(embedded.reason()).contains("SQLite"));
    }

    @Test
    void aiosqliteDatabaseUrlSelectsEmbedded() {
        assertThat(select(Map.of("DATABASE_URL", "sqlite+aiosqlite:///./app.db")))
                .isInstanceOf(DatabaseSelection.Embedded.class);
    }

    // --- URL variables ---

    @Test
    void databaseUrlSelectsConfiguredServer() {
        Databases databases = configured(Map.of("DATABASE_URL", URL));

        assertThat(databases.embedded()).isFalse();
        assertThat(databases.runtime().source()).isEqualTo("DATABASE_URL");
        assertThat(databases.runtime().host()).isEqualTo("db.example.com");
        assertThat(databases.runtime().password()).isEqualTo("secret");
    }

    @Test
    void postgresEngineWithDatabaseUrlIsAccepted() {
        assertThat(configured(Map.of("DB_ENGINE", "postgresql", "DATABASE_URL", URL)).runtime().host())
                .isEqualTo("db.example.com");
        assertThat(configured(Map.of("DB_ENGINE", "Postgres", "DATABASE_URL", URL)).runtime().host())
                .isEqualTo("db.example.com");
    }

    @Test
    void databaseUrlWinsOverSupabaseDbUrl() {
        Databases databases = configured(Map.of("DATABASE_URL", URL, "SUPABASE_DB_URL", SUPABASE_URL));

        assertThat(databases.runtime().source()).isEqualTo("DATABASE_URL");
        assertThat(databases.runtime().host()).isEqualTo("db.example.com");
    }

    @Test
    void supabaseDbUrlAloneIsUsed() {
        Databases databases = configured(Map.of("SUPABASE_DB_URL", SUPABASE_URL));

        assertThat(databases.runtime().source()).isEqualTo("SUPABASE_DB_URL");
        assertThat(databases.runtime().host()).isEqualTo("aws-0-eu-central-1.pooler.supabase.com");
        assertThat(databases.runtime().poolMode()).isEqualTo(PoolMode.TRANSACTION);
    }

    @Test
    void databaseUrlWinsOverPostgresServer() {
        Databases databases = configured(Map.of("DATABASE_URL", URL, "POSTGRES_SERVER", "other-host"));

        assertThat(databases.runtime().host()).isEqualTo("db.example.com");
    }

    @Test
    void badDatabaseUrlIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> select(Map.of("DATABASE_URL", "mysql://root:hunter2@h/d")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: ")
                .message().doesNotContain("hunter2");
    }

    // --- POSTGRES_* variables ---

    @Test
    void postgresVariablesBuildSettingsWithPasswordVerbatim() {
        Databases databases = configured(Map.of(
                "POSTGRES_SERVER", "db.internal",
                "POSTGRES_PORT", "5433",
                "POSTGRES_USER", "app",
                "POSTGRES_PASSWORD", "p@ss:w/rd%40+#?",
                "POSTGRES_DB", "shop"));

        DatabaseSettings runtime = databases.runtime();
        assertThat(runtime.source()).isEqualTo("POSTGRES_SERVER");
        assertThat(runtime.host()).isEqualTo("db.internal");
        assertThat(runtime.port()).isEqualTo(5433);
        assertThat(runtime.user()).isEqualTo("app");
        assertThat(runtime.password()).isEqualTo("p@ss:w/rd%40+#?");
        assertThat(runtime.database()).isEqualTo("shop");
        assertThat(runtime.sslMode()).isEqualTo(SslMode.PREFER);
        assertThat(runtime.poolMode()).isEqualTo(PoolMode.SESSION);
        assertThat(databases.migration()).isEqualTo(runtime);
    }

    @Test
    void postgresVariablesDefaultPortAndDatabase() {
        DatabaseSettings runtime = configured(Map.of("POSTGRES_SERVER", "db.internal", "POSTGRES_USER", "app"))
                .runtime();

        assertThat(runtime.port()).isEqualTo(5432);
        assertThat(runtime.database()).isEqualTo("postgres");
        assertThat(runtime.password()).isNull();
    }

    @Test
    void postgresPort6543MeansTransactionPooler() {
        DatabaseSettings runtime = configured(Map.of(
                "POSTGRES_SERVER", "db.internal", "POSTGRES_USER", "app", "POSTGRES_PORT", "6543")).runtime();

        assertThat(runtime.poolMode()).isEqualTo(PoolMode.TRANSACTION);
    }

    @Test
    void postgresServerWithoutUserIsRefused() {
        assertThatThrownBy(() -> select(Map.of("POSTGRES_SERVER", "db.internal", "POSTGRES_PASSWORD", "hunter2")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("POSTGRES_USER: ")
                .message().doesNotContain("hunter2");
    }

    @Test
    void badPostgresPortIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> select(Map.of(
                "POSTGRES_SERVER", "db.internal", "POSTGRES_USER", "app", "POSTGRES_PORT", "five")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("POSTGRES_PORT: port 'five'");
    }

    // --- DB_ENGINE ---

    @Test
    void postgresEngineWithNothingElseIsRefused() {
        assertThatThrownBy(() -> select(Map.of("DB_ENGINE", "postgres")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DB_ENGINE=postgres needs DATABASE_URL or POSTGRES_SERVER");
    }

    @Test
    void mysqlEngineIsRefused() {
        assertThatThrownBy(() -> select(Map.of("DB_ENGINE", "mysql", "DATABASE_URL", URL)))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DB_ENGINE: expected 'postgres' or 'sqlite', got 'mysql'");
    }

    // --- STRATA_DB_POOL_MODE ---

    @Test
    void declaredTransactionPoolModeIsForced() {
        Databases databases = configured(Map.of("DATABASE_URL", URL, "STRATA_DB_POOL_MODE", "transaction"));

        assertThat(databases.runtime().poolMode()).isEqualTo(PoolMode.TRANSACTION);
        assertThat(databases.runtime().jdbcUrl(DatabaseSettings.RUNTIME_APPLICATION_NAME))
                .contains("prepareThreshold=0");
    }

    @Test
    void declaredSessionPoolModeOverridesPort6543() {
        Databases databases = configured(Map.of("SUPABASE_DB_URL", SUPABASE_URL, "STRATA_DB_POOL_MODE", "session"));

        assertThat(databases.runtime().poolMode()).isEqualTo(PoolMode.SESSION);
    }

    @Test
    void bogusPoolModeIsRefused() {
        assertThatThrownBy(() -> select(Map.of("DATABASE_URL", URL, "STRATA_DB_POOL_MODE", "bogus")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("STRATA_DB_POOL_MODE: expected 'session' or 'transaction', got 'bogus'");
    }

    // --- migration settings ---

    @Test
    void migrationDatabaseUrlOverridesMigrationSettings() {
        Databases databases = configured(Map.of(
                "DATABASE_URL", SUPABASE_URL,
                "MIGRATION_DATABASE_URL", "postgresql://postgres:direct@db.abcdefgh.supabase.co:5432/postgres",
                "SYNC_DATABASE_URL", "postgresql://sync:x@sync-host/postgres"));

        assertThat(databases.runtime().poolMode()).isEqualTo(PoolMode.TRANSACTION);
        assertThat(databases.migration().source()).isEqualTo("MIGRATION_DATABASE_URL");
        assertThat(databases.migration().host()).isEqualTo("db.abcdefgh.supabase.co");
        assertThat(databases.migration().password()).isEqualTo("direct");
        assertThat(databases.migration().poolMode()).isEqualTo(PoolMode.SESSION);
    }

    @Test
    void syncDatabaseUrlIsUsedWhenMigrationDatabaseUrlIsAbsent() {
        Databases databases = configured(Map.of(
                "DATABASE_URL", "postgresql+asyncpg://app:secret@db.example.com/app",
                "SYNC_DATABASE_URL", "postgresql+psycopg2://app:secret@db-sync.example.com/app"));

        assertThat(databases.migration().source()).isEqualTo("SYNC_DATABASE_URL");
        assertThat(databases.migration().host()).isEqualTo("db-sync.example.com");
    }

    @Test
    void migrationEqualsRuntimeWithoutMigrationVariables() {
        Databases databases = configured(Map.of("DATABASE_URL", URL));

        assertThat(databases.migration()).isEqualTo(databases.runtime());
    }

    @Test
    void badMigrationDatabaseUrlIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> select(Map.of("DATABASE_URL", URL, "MIGRATION_DATABASE_URL", "postgresql://h:abc/d")))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("MIGRATION_DATABASE_URL: port 'abc'");
    }
}
