package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 item 1: Hibernate renders {@code @Enumerated(EnumType.STRING)} and a single-table
 * hierarchy's discriminator as {@code CHECK (col IN (...))}, which PostgreSQL stores as
 * {@code col = ANY (ARRAY[...])}; the migration re-emits the stored text, which PostgreSQL stores
 * differently again. PostgreSQL itself decides that both mean the same, so the first migration
 * verifies, {@code db check} is clean after it, and a second run finds nothing; a value added to
 * the enum is still a change.
 */
class EnumeratedStringTests {

    private static final String STATUS = """
            package fixture.shipping;
            public enum RoutingStatus { NOT_ROUTED, ROUTED, MISROUTED }
            """;

    private static final String CARGO = """
            package fixture.shipping;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "cargo")
            @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
            public class Cargo {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                @Enumerated(EnumType.STRING) @Column(length = 30) private RoutingStatus routingStatus;
                @Enumerated(EnumType.ORDINAL) private RoutingStatus previousStatus;
            }
            """;

    private static final String CONTAINER = """
            package fixture.shipping;
            import jakarta.persistence.*;
            @Entity
            public class Container extends Cargo {
                private Integer slots;
            }
            """;

    private static final Map<String, String> SHIPPING = Map.of("fixture.shipping.RoutingStatus", STATUS,
            "fixture.shipping.Cargo", CARGO, "fixture.shipping.Container", CONTAINER);

    private static final Map<String, String> SHIPPING_WITH_LOST = Map.of(
            "fixture.shipping.RoutingStatus", STATUS.replace("MISROUTED }", "MISROUTED, LOST }"),
            "fixture.shipping.Cargo", CARGO, "fixture.shipping.Container", CONTAINER);

    @RegisterExtension
    final ProjectCopy project = new ProjectCopy();

    @Test
    void enumeratedStringAndADiscriminatorConvergeOnTheFirstRunAndCheckIsCleanAfterwards() throws IOException {
        try (URLClassLoader models = project.compile("v1", SHIPPING)) {
            ProjectCopy.Run first = project.autogenerate(models, "add cargo").exits(0);

            assertThat(first.err()).contains("Verify: the up script reaches the models");
            assertThat(Files.readString(project.added().getFirst())).contains("cargo_routing_status_check", "= ANY");
            project.db(models, "upgrade").exits(0);
            assertThat(project.db(models, "check", "--dir", project.db().toString()).exits(0).out())
                    .contains("schema matches the models");
            assertThat(project.autogenerate(models, "nothing").exits(0).out()).isEqualTo("No changes detected\n");
            project.db(models, "downgrade", "-1").exits(0);
            assertThat(project.database().tables()).doesNotContain("cargo");
        }
    }

    @Test
    void aValueAddedToAnEnumeratedStringIsAChangeThatUpgradesChecksAndDowngrades() throws IOException {
        try (URLClassLoader v1 = project.compile("v1", SHIPPING);
                URLClassLoader v2 = project.compile("v2", SHIPPING_WITH_LOST)) {
            project.autogenerate(v1, "add cargo").exits(0);

            project.autogenerate(v2, "lost cargo").exits(0);

            assertThat(Files.readString(project.added().getLast())).contains("DROP CONSTRAINT cargo_routing_status_check",
                    "'LOST'").doesNotContain("cargo_dtype_check");
            project.db(v2, "upgrade").exits(0);
            project.db(v2, "check", "--dir", project.db().toString()).exits(0);
            project.db(v2, "downgrade", "-1").exits(0);
            assertThat(project.database().column("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conname = 'cargo_routing_status_check'")).singleElement().asString().doesNotContain("LOST");
        }
    }
}
