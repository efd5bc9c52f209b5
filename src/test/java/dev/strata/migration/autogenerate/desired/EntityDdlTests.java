package dev.strata.migration.autogenerate.desired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.auth.local.UserCredential;
import dev.strata.settings.ToolSettings.EntityNaming;
import dev.strata.test.CompiledSources;
import dev.strata.user.User;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Hibernate renders for the shipped entities, with no database: the DDL a reviewer reads. */
class EntityDdlTests {

    @Test
    void shippedEntitiesRenderTheMigrationsDdl() {
        EntityDdl ddl = EntityDdl.render(List.of(User.class, UserCredential.class), getClass().getClassLoader(), 15);

        assertThat(ddl.statements()).containsExactly(
                "create type user_status as enum ('active', 'disabled')",
                "create table user_credentials (user_id uuid not null, password_hash varchar(255) not null, "
                        + "created_at timestamptz default now() not null, primary key (user_id))",
                "create table users (id uuid default gen_random_uuid() not null, email varchar(255) not null, "
                        + "full_name varchar(100), status user_status default 'active' not null, "
                        + "created_at timestamptz default now() not null, updated_at timestamptz default now() not null, "
                        + "primary key (id), constraint users_email_key unique (email))",
                "create index users_created_at_idx on users (created_at)",
                "alter table if exists user_credentials add constraint user_credentials_user_id_fkey "
                        + "foreign key (user_id) references users on delete cascade");
        assertThat(ddl.warnings()).isEmpty();
    }

    @Test
    void anApplicationEntityCalledUserRendersBesideStratasOwn(@TempDir Path classes) throws IOException,
            ClassNotFoundException {
        try (URLClassLoader loader = CompiledSources.compile(classes, Map.of("fixture.app.User", """
                package fixture.app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "members")
                public class User {
                    @Id private Long id;
                    @Column(nullable = false) private String nickname;
                }
                """))) {
            EntityDdl ddl = EntityDdl.render(List.of(User.class, loader.loadClass("fixture.app.User")), loader, 15);

            assertThat(ddl.statements()).contains("create table members (id bigint not null, "
                    + "nickname varchar(255) not null, primary key (id))").anyMatch(s -> s.startsWith("create table users ("));
        }
    }

    @Test
    void beanValidationMakesColumnsRequiredAndSizedAsHibernateDoesUnderSpringBoot(@TempDir Path classes)
            throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = CompiledSources.compile(classes, Map.of("fixture.valid.Pet", """
                package fixture.valid;
                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;
                @Entity
                @Table(name = "pets")
                public class Pet {
                    @Id private Long id;
                    @NotBlank @Size(max = 30) private String name;
                    @NotEmpty private String kind;
                    @NotNull private java.time.LocalDate birthDate;
                    @Size(min = 2, max = 80) private String nickname;
                    private String notes;
                }
                """))) {
            EntityDdl ddl = EntityDdl.render(List.of(loader.loadClass("fixture.valid.Pet")), loader, 15);

            assertThat(ddl.statements()).containsExactly("create table pets (id bigint not null, "
                    + "name varchar(30) not null, kind varchar(255) not null, birth_date date not null, "
                    + "nickname varchar(80), notes varchar(255), primary key (id))");
        }
    }

    @Test
    void namesAreSpringBootsByDefaultAndAsWrittenWithExactNaming(@TempDir Path classes)
            throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = CompiledSources.compile(classes, Map.of("fixture.naming.Task", """
                package fixture.naming;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity
                public class Task {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
                    @SequenceGenerator(name = "sequenceGenerator", allocationSize = 1) private Long id;
                    @Column(name = "completionTime") private java.time.Instant completion;
                    private int priorityLevel;
                    @ManyToMany private Set<Task> blockedBy;
                }
                """))) {
            List<Class<?>> task = List.of(loader.loadClass("fixture.naming.Task"));

            assertThat(EntityDdl.render(task, loader, 15).statements()).contains(
                    "create sequence sequence_generator start with 1 increment by 1",
                    "create table task (id bigint not null, completion_time timestamptz, priority_level integer not null, "
                            + "primary key (id))",
                    "create table task_blocked_by (task_id bigint not null, blocked_by_id bigint not null, "
                            + "primary key (task_id, blocked_by_id))",
                    "alter table if exists task_blocked_by add constraint task_blocked_by_blocked_by_id_fkey "
                            + "foreign key (blocked_by_id) references task");
            assertThat(EntityDdl.render(task, loader, 15, EntityNaming.EXACT).statements()).contains(
                    "create sequence sequenceGenerator start with 1 increment by 1",
                    "create table task (id bigint not null, completionTime timestamptz, priority_level integer not null, "
                            + "primary key (id))",
                    "create table task_task (Task_id bigint not null, blocked_by_id bigint not null, "
                            + "primary key (Task_id, blocked_by_id))");
        }
    }

    @Test
    void postgresNamesAreCutToSixtyThreeBytesLikePostgresCutsThem() {
        assertThat(PostgresNaming.postgresName("orders", "customer_id", "fkey")).isEqualTo("orders_customer_id_fkey");
        String name = PostgresNaming.postgresName("a".repeat(40), "b".repeat(40), "key");
        assertThat(name).hasSize(63).isEqualTo("a".repeat(29) + "_" + "b".repeat(29) + "_key");
    }
}
