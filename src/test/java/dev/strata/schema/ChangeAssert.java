package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.ops.Change;
import dev.strata.schema.render.ChangeRenderer;
import org.assertj.core.api.AbstractAssert;

/**
 * Reads like the sentence a change record should satisfy:
 * {@code assertThatChange(drop).isDestructive().reversesTo(create).rendersAs("DROP TABLE public.t")}.
 */
public final class ChangeAssert extends AbstractAssert<ChangeAssert, Change> {

    private ChangeAssert(Change actual) {
        super(actual, ChangeAssert.class);
    }

    public static ChangeAssert assertThatChange(Change change) {
        return new ChangeAssert(change);
    }

    /** Its statements, exactly and in order. */
    public ChangeAssert rendersAs(String... statements) {
        isNotNull();
        assertThat(ChangeRenderer.render(actual)).as("statements of %s", actual.describe()).containsExactly(statements);
        return this;
    }

    public ChangeAssert reversesTo(Change expected) {
        isNotNull();
        assertThat(actual.reverse()).as("reverse of %s", actual.describe()).isEqualTo(expected);
        return this;
    }

    /** Reversing twice gives back the very same change. */
    public ChangeAssert isItsOwnDoubleReverse() {
        isNotNull();
        assertThat(actual.reverse().reverse()).as("reverse of the reverse of %s", actual.describe()).isEqualTo(actual);
        return this;
    }

    public ChangeAssert isDestructive() {
        isNotNull();
        assertThat(actual.destructive()).as("%s is destructive", actual.describe()).isTrue();
        return this;
    }

    public ChangeAssert isNotDestructive() {
        isNotNull();
        assertThat(actual.destructive()).as("%s is not destructive", actual.describe()).isFalse();
        return this;
    }

    public ChangeAssert isDescribedAs(String description) {
        isNotNull();
        assertThat(actual.describe()).isEqualTo(description);
        return this;
    }
}
