package dev.strata.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceTest;
import dev.strata.test.ShippedMigrations;
import dev.strata.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/** Migrations ran over JDBC and left nothing open; the runtime is R2DBC only. */
class StartupPlanesTests extends ServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private DatabaseClient client;

    @Test
    void runtimeHasNoJdbcPoolAndNoEntityManagerFactory() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
        assertThat(context.getBean(ConnectionFactory.class)).isInstanceOf(ConnectionPool.class);
        assertThat(context.containsBean("flyway")).isFalse();
    }

    @Test
    void migratedBeforeServingAndClosedTheMigrationConnection(TestDatabase database) {
        assertThat(database.column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactlyElementsOf(ShippedMigrations.versions());
        assertThat(database.column("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = 'strata-migrate'")).containsExactly("0");
    }

    @Test
    void runtimeConnectionsCarryTheStrataApplicationName() {
        String name = client.sql("SELECT current_setting('application_name')").map(row -> row.get(0, String.class))
                .one().block();
        assertThat(name).isEqualTo("strata");
    }

    @Test
    void initialSchemaKeepsUpdatedAtCurrentAndDefaultsStatus(TestDatabase database) {
        database.execute("INSERT INTO users (email, full_name, updated_at) VALUES ('a@example.com', 'A', now() - interval '1 day')");
        assertThat(database.column("SELECT status FROM users")).containsExactly("active");
        database.execute("UPDATE users SET full_name = 'B'");
        assertThat(database.column("SELECT updated_at > now() - interval '1 minute' FROM users")).containsExactly("t");
        assertThat(database.column("SELECT indexdef FROM pg_indexes WHERE tablename = 'users' AND indexdef LIKE '%(created_at)%'"))
                .hasSize(1);
    }
}
