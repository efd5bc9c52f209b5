package dev.strata.schema.order;

import static dev.strata.schema.ProgramFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.schema.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewOrderTests {

    @Test
    void putsEveryViewAfterTheViewsItReads() {
        View a = view("a", "SELECT 1", "z_view");
        View zView = view("z_view", "SELECT 1", "m_view", "users");
        View mView = view("m_view", "SELECT 1", "users");
        View b = view("b", "SELECT 1");
        assertThat(StatementOrder.views(List.of(a, zView, mView, b))).containsExactly(mView, zView, a, b);
    }

    @Test
    void keepsNameOrderForViewsThatDoNotReadEachOther() {
        View c = view("c", "SELECT 1");
        View a = view("a", "SELECT 1");
        View b = view("b", "SELECT 1");
        assertThat(StatementOrder.views(List.of(c, a, b))).containsExactly(a, b, c);
    }

    @Test
    void refusesACycleNamingItsViews() {
        assertThatThrownBy(() -> StatementOrder.views(List.of(view("a", "SELECT 1", "b"), view("b", "SELECT 1", "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public.a")
                .hasMessageContaining("public.b");
    }
}
