package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.column;
import static dev.strata.schema.ProgramFixtures.name;
import static dev.strata.schema.ProgramFixtures.policy;
import static dev.strata.schema.ProgramFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDifferTests {

    private static final List<Column> COLUMNS = List.of(column("id", "integer"), column("owner", "uuid"));

    private final Policy own = policy("notes", "own", "UPDATE", "(owner = auth.uid())", "(owner = auth.uid())",
            "authenticated");

    private static Table notes(List<Column> columns, Policy... policies) {
        return table("notes", columns, List.of(), List.of(policies), List.of(), true, false);
    }

    private static Table notes(Policy... policies) {
        return notes(COLUMNS, policies);
    }

    @Test
    void equalPoliciesGiveNoChanges() {
        Policy same = policy("notes", "own", "UPDATE", own.using(), own.withCheck(), "authenticated");
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(same))))).isEmpty();
    }

    @Test
    void switchesRowLevelSecurityFlagsThatDiffer() {
        Table off = table("notes", COLUMNS, List.of(), List.of(), List.of(), false, false);
        Table forced = table("notes", COLUMNS, List.of(), List.of(), List.of(), true, true);
        assertThat(PolicyDiffer.diff(List.of(new TablePair(off, forced))))
                .containsExactly(new AlterRowSecurity(name("notes"), false, false, true, true));
    }

    @Test
    void switchesSecurityOffUnderTheOldNameAndOnUnderTheNewOneInTwoChanges() {
        Table notes = table("notes", COLUMNS, List.of(), List.of(), List.of(), true, false);
        Table memos = table("memos", COLUMNS, List.of(), List.of(), List.of(), false, true);
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes, memos)))).containsExactly(
                new AlterRowSecurity(name("notes"), true, false, false, false),
                new AlterRowSecurity(name("memos"), false, false, false, true));
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes, table("memos", COLUMNS, List.of(), List.of(),
                List.of(), false, false))))).containsExactly(new AlterRowSecurity(name("notes"), true, false, false, false));
    }

    @Test
    void altersAPolicyWhoseRolesOrExpressionsChange() {
        Policy wider = policy("notes", "own", "UPDATE", "true", "(owner IS NOT NULL)", "anon", "authenticated");
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(wider)))))
                .containsExactly(new AlterPolicy(own, wider));
    }

    @Test
    void dropsAndCreatesAPolicyWhoseCommandChanges() {
        Policy all = policy("notes", "own", "ALL", own.using(), own.withCheck(), "authenticated");
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(all)))))
                .containsExactly(new DropPolicy(own), new CreatePolicy(all));
    }

    @Test
    void dropsAndCreatesAPolicyThatBecomesRestrictive() {
        Policy restrictive = new Policy(own.table(), "own", false, "UPDATE", own.roles(), own.using(), own.withCheck());
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(restrictive)))))
                .containsExactly(new DropPolicy(own), new CreatePolicy(restrictive));
    }

    @Test
    void dropsAndCreatesAPolicyThatLosesOrGainsAnExpression() {
        Policy noCheck = policy("notes", "own", "UPDATE", own.using(), null, "authenticated");
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(noCheck)))))
                .containsExactly(new DropPolicy(own), new CreatePolicy(noCheck));
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(noCheck), notes(own)))))
                .containsExactly(new DropPolicy(noCheck), new CreatePolicy(own));
    }

    @Test
    void createsThePoliciesAndSecurityOfACreatedTableAndUndoesThemForADroppedOne() {
        assertThat(PolicyDiffer.diff(List.of(new TablePair(null, notes(own))))).containsExactly(
                new AlterRowSecurity(name("notes"), false, false, true, false), new CreatePolicy(own));
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), null)))).containsExactly(
                new AlterRowSecurity(name("notes"), true, false, false, false), new DropPolicy(own));
    }

    @Test
    void dropsAndCreatesEveryPolicyOfATableWhoseColumnChangesType() {
        List<Column> retyped = List.of(column("id", "integer"), column("owner", "text"));
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(retyped, own)))))
                .containsExactly(new DropPolicy(own), new CreatePolicy(own));
    }

    @Test
    void dropsAndCreatesAChangedPolicyOfATableThatLosesAColumn() {
        Policy byId = policy("notes", "own", "UPDATE", "(id > 0)", "(id > 0)", "authenticated");
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), notes(List.of(column("id", "integer")), byId)))))
                .containsExactly(new DropPolicy(own), new CreatePolicy(byId));
    }

    @Test
    void leavesThePoliciesOfARenamedTableAlone() {
        Policy onMemos = policy("memos", "own", "UPDATE", own.using(), own.withCheck(), "authenticated");
        Table memos = table("memos", COLUMNS, List.of(), List.of(onMemos), List.of(), true, false);
        assertThat(PolicyDiffer.diff(List.of(new TablePair(notes(own), memos)))).isEmpty();
    }
}
