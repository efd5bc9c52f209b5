package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.grant;
import static dev.strata.schema.ProgramFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantDifferTests {

    private final Grant select = grant("notes", "reader", "SELECT");
    private final Grant insert = grant("notes", "writer", "INSERT");

    private static Table notes(Grant... grants) {
        return table("notes", List.of(), List.of(), List.of(grants));
    }

    @Test
    void equalGrantsGiveNoChanges() {
        assertThat(GrantDiffer.diff(List.of(new TablePair(notes(select, insert), notes(insert, select))))).isEmpty();
    }

    @Test
    void grantsWhatIsAddedAndRevokesWhatIsRemoved() {
        assertThat(GrantDiffer.diff(List.of(new TablePair(notes(select), notes(insert)))))
                .containsExactly(new RevokePrivilege(select), new GrantPrivilege(insert));
    }

    @Test
    void revokesAndGrantsAgainWhenTheGrantOptionChanges() {
        Grant grantable = new Grant(select.table(), "reader", "SELECT", true);
        assertThat(GrantDiffer.diff(List.of(new TablePair(notes(select), notes(grantable)))))
                .containsExactly(new RevokePrivilege(select), new GrantPrivilege(grantable));
    }

    @Test
    void grantsOnACreatedTableAndRevokesOnADroppedOne() {
        assertThat(GrantDiffer.diff(List.of(new TablePair(null, notes(select)), new TablePair(notes(insert), null))))
                .containsExactly(new GrantPrivilege(select), new RevokePrivilege(insert));
    }

    @Test
    void leavesTheGrantsOfARenamedTableAlone() {
        Table memos = table("memos", List.of(), List.of(), List.of(grant("memos", "reader", "SELECT")));
        assertThat(GrantDiffer.diff(List.of(new TablePair(notes(select), memos)))).isEmpty();
    }

    @Test
    void tellsTheSamePrivilegeOfTwoRolesApart() {
        Grant publicSelect = grant("notes", "public", "SELECT");
        assertThat(GrantDiffer.diff(List.of(new TablePair(notes(select), notes(select, publicSelect)))))
                .containsExactly(new GrantPrivilege(publicSelect));
    }
}
