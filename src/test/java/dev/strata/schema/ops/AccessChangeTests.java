package dev.strata.schema.ops;

import static dev.strata.schema.ProgramFixtures.grant;
import static dev.strata.schema.ProgramFixtures.name;
import static dev.strata.schema.ProgramFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessChangeTests {

    private final Policy policy = policy("notes", "own_notes", "SELECT", "(owner = CURRENT_USER)", null, "authenticated");
    private final Grant grant = grant("notes", "reader", "SELECT");

    @Test
    void rowSecurityReversesToTheFlagsItStartedFrom() {
        AlterRowSecurity enable = new AlterRowSecurity(name("notes"), false, false, true, true);
        assertThat(enable.reverse()).isEqualTo(new AlterRowSecurity(name("notes"), true, true, false, false));
    }

    @Test
    void createAndDropOfAPolicyReverseEachOther() {
        assertThat(new CreatePolicy(policy).reverse()).isEqualTo(new DropPolicy(policy));
        assertThat(new DropPolicy(policy).reverse()).isEqualTo(new CreatePolicy(policy));
    }

    @Test
    void alteringAPolicyReversesToItsOldRolesAndExpressions() {
        Policy wider = policy("notes", "own_notes", "SELECT", "true", null, "anon", "authenticated");
        assertThat(new AlterPolicy(policy, wider).reverse()).isEqualTo(new AlterPolicy(wider, policy));
    }

    @Test
    void grantAndRevokeReverseEachOther() {
        assertThat(new GrantPrivilege(grant).reverse()).isEqualTo(new RevokePrivilege(grant));
        assertThat(new RevokePrivilege(grant).reverse()).isEqualTo(new GrantPrivilege(grant));
    }

    @Test
    void everyChangeReversedTwiceIsItselfAndNoneLosesData() {
        List<AccessChange> changes = List.of(new AlterRowSecurity(name("notes"), true, false, false, false),
                new CreatePolicy(policy), new DropPolicy(policy),
                new AlterPolicy(policy, policy("notes", "own_notes", "SELECT", "false", null, "public")),
                new GrantPrivilege(grant), new RevokePrivilege(grant));
        for (AccessChange change : changes) {
            assertThat(change.reverse().reverse()).isEqualTo(change);
            assertThat(change.destructive()).isFalse();
        }
    }
}
