package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code db} commands' own settings: entity naming and Supabase-shaped scratch databases. */
class ToolSettingsTests {

    private static ToolSettings tools(Map<String, String> variables) {
        return CommandSettings.from(Env.of(variables)).tools();
    }

    @Test
    void namingIsSpringBootsUnlessExactIsAsked() {
        assertThat(tools(Map.of()).entityNaming()).isEqualTo(ToolSettings.EntityNaming.SPRING);
        assertThat(tools(Map.of("STRATA_ENTITY_NAMING", "Exact")).entityNaming()).isEqualTo(ToolSettings.EntityNaming.EXACT);
        assertThatThrownBy(() -> tools(Map.of("STRATA_ENTITY_NAMING", "jpa")))
                .isInstanceOf(StrataException.class).hasMessageContaining("STRATA_ENTITY_NAMING must be spring or exact");
    }

    @Test
    void scratchDatabasesAreSupabaseShapedWhenTheProjectIsASupabaseOne() {
        assertThat(tools(Map.of()).shadowSupabase()).isFalse();
        assertThat(tools(Map.of("DATABASE_URL", "postgresql://u:p@localhost:5432/app")).shadowSupabase()).isFalse();
        assertThat(tools(Map.of("DATABASE_URL", "postgresql://postgres:p@db.abcdefgh.supabase.co:5432/postgres"))
                .shadowSupabase()).isTrue();
        assertThat(tools(Map.of("DATABASE_URL",
                "postgresql://postgres.abcdefgh:p@aws-0-eu-west-1.pooler.supabase.com:5432/postgres")).shadowSupabase())
                .isTrue();
        assertThat(tools(Map.of("SUPABASE_URL", "https://abcdefgh.supabase.co")).shadowSupabase()).isTrue();
        assertThat(tools(Map.of("SUPABASE_URL", "https://abcdefgh.supabase.co", "SHADOW_SUPABASE", "false"))
                .shadowSupabase()).isFalse();
        assertThat(tools(Map.of("SHADOW_SUPABASE", "on")).shadowSupabase()).isTrue();
    }
}
