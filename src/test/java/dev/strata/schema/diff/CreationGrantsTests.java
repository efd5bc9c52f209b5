package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.grant;
import static dev.strata.schema.ProgramFixtures.name;
import static dev.strata.schema.ProgramFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Access;
import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RestoreCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokeCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.Change;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What a created object may hold before its GRANTs, and what the differ revokes because of it. */
class CreationGrantsTests {

    private static final DefaultPrivilege ANON_SELECT =
            new DefaultPrivilege("postgres", "public", "TABLES", "anon", "SELECT", false, false);
    private static final DefaultPrivilege ANON_EXECUTE =
            new DefaultPrivilege("postgres", null, "FUNCTIONS", "anon", "EXECUTE", false, false);
    private static final DefaultPrivilege NO_PUBLIC_EXECUTE =
            new DefaultPrivilege("postgres", null, "FUNCTIONS", "public", "EXECUTE", false, true);
    private static final Securable F = new Securable(Securable.Kind.FUNCTION, name("f"), "");

    private static SchemaModel model(List<DefaultPrivilege> defaults, List<Grant> grants, Map<Securable, String> owners) {
        return new SchemaModel(new TreeSet<>(Set.of("public")), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), new Access(grants, defaults, new TreeMap<>(owners)), Map.of());
    }

    private static Table notes(Grant... grants) {
        return table("notes", List.of(), List.of(), List.of(grants));
    }

    @Test
    void aCreatedTableLosesWhatTheDefaultsGaveAndTheTargetLacks() {
        CreationGrants creation = CreationGrants.of(model(List.of(ANON_SELECT), List.of(), Map.of()),
                model(List.of(), List.of(), Map.of()));
        Grant reader = grant("notes", "reader", "SELECT");

        List<Change> changes = GrantDiffer.diff(List.of(new TablePair(null, notes(reader))), creation, Map.of(), Map.of());

        assertThat(changes).containsExactly(new RevokeCreationGrant(grant("notes", "anon", "SELECT")),
                new GrantPrivilege(reader));
    }

    @Test
    void aCreatedTableKeepingTheDefaultsGetsThemGrantedWhoeverRunsTheScript() {
        CreationGrants creation = CreationGrants.of(model(List.of(ANON_SELECT), List.of(), Map.of()),
                model(List.of(ANON_SELECT), List.of(), Map.of()));
        Grant anon = grant("notes", "anon", "SELECT");

        assertThat(GrantDiffer.diff(List.of(new TablePair(null, notes(anon))), creation, Map.of(), Map.of()))
                .containsExactly(new GrantPrivilege(anon));
    }

    @Test
    void aDroppedTableIsTheReverseSoItsDownScriptRevokesTheDefaultsAgain() {
        CreationGrants creation = CreationGrants.of(model(List.of(ANON_SELECT), List.of(), Map.of()),
                model(List.of(ANON_SELECT), List.of(), Map.of()));
        Grant reader = grant("notes", "reader", "SELECT");

        List<Change> changes = GrantDiffer.diff(List.of(new TablePair(notes(reader), null)), creation, Map.of(), Map.of());

        assertThat(changes).containsExactly(new RevokePrivilege(reader),
                new RestoreCreationGrant(grant("notes", "anon", "SELECT")));
        assertThat(changes.reversed().stream().map(Change::reverse).toList()).containsExactly(
                new RevokeCreationGrant(grant("notes", "anon", "SELECT")), new GrantPrivilege(reader));
    }

    @Test
    void theOwnerIsNeverRevokedWhatTheDefaultsGiveIt() {
        DefaultPrivilege toOwner = new DefaultPrivilege("postgres", "public", "TABLES", "app_owner", "SELECT", false, false);
        CreationGrants creation = CreationGrants.of(model(List.of(toOwner), List.of(), Map.of()),
                model(List.of(), List.of(), Map.of()));

        assertThat(GrantDiffer.diff(List.of(new TablePair(null, notes())), creation, Map.of(),
                Map.of(Securable.table(name("notes")), "app_owner"))).isEmpty();
    }

    @Test
    void publicsBuiltInExecuteIsNeitherGrantedNorRevokedWhenTheTargetKeepsIt() {
        Grant publicExecute = new Grant(F, "public", "EXECUTE", false);
        SchemaModel to = model(List.of(), List.of(publicExecute), Map.of(F, "postgres"));

        assertThat(GrantDiffer.objects(model(List.of(), List.of(), Map.of()), to, CreationGrants.none(), Set.of()))
                .isEmpty();
    }

    @Test
    void aCreatedFunctionWithoutPublicExecuteHasItRevoked() {
        Grant anonExecute = new Grant(F, "anon", "EXECUTE", false);
        SchemaModel from = model(List.of(ANON_EXECUTE), List.of(), Map.of());
        SchemaModel to = model(List.of(ANON_EXECUTE), List.of(), Map.of(F, "postgres"));

        assertThat(GrantDiffer.objects(from, to, CreationGrants.of(from, to), Set.of())).containsExactly(
                new RevokeCreationGrant(new Grant(F, "public", "EXECUTE", false)), new RevokeCreationGrant(anonExecute));
    }

    @Test
    void publicExecuteIsGrantedWhenSomeDefaultsTakeItAway() {
        Grant publicExecute = new Grant(F, "public", "EXECUTE", false);
        SchemaModel from = model(List.of(NO_PUBLIC_EXECUTE), List.of(), Map.of());
        SchemaModel to = model(List.of(), List.of(publicExecute), Map.of(F, "postgres"));
        CreationGrants creation = CreationGrants.of(from, to);

        assertThat(creation.certain(publicExecute)).isFalse();
        assertThat(CreationGrants.none().certain(publicExecute)).isTrue();
        assertThat(GrantDiffer.objects(from, to, creation, Set.of())).containsExactly(new GrantPrivilege(publicExecute));
    }

    @Test
    void aRecreatedObjectLosesItsGrantsAndGetsThemBack() {
        Grant reader = new Grant(F, "reader", "EXECUTE", false);
        SchemaModel both = model(List.of(), List.of(reader), Map.of(F, "postgres"));

        assertThat(GrantDiffer.objects(both, both, CreationGrants.none(), Set.of())).isEmpty();
        assertThat(GrantDiffer.objects(both, both, CreationGrants.none(), Set.of(F))).containsExactly(
                new RevokePrivilege(reader), new RestoreCreationGrant(new Grant(F, "public", "EXECUTE", false)),
                new RevokeCreationGrant(new Grant(F, "public", "EXECUTE", false)), new GrantPrivilege(reader));
    }

    @Test
    void defaultPrivilegesAreTakenAwayBeforeTheyArePutInPlace() {
        DefaultPrivilege grantable = new DefaultPrivilege("postgres", "public", "TABLES", "anon", "SELECT", true, false);

        assertThat(GrantDiffer.defaults(model(List.of(ANON_SELECT), List.of(), Map.of()),
                model(List.of(grantable), List.of(), Map.of()))).containsExactly(
                        new dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege(ANON_SELECT, false),
                        new dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege(grantable, true));
    }
}
