package dev.strata.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.auth.local.UserCredential;
import dev.strata.user.User;
import dev.strata.user.UserStatus;
import org.junit.jupiter.api.Test;

class EntityNamesTests {

    @Test
    void snakeCaseSplitsWordsDigitsAndAcronyms() {
        assertThat(EntityNames.snake("fullName")).isEqualTo("full_name");
        assertThat(EntityNames.snake("OrderItem")).isEqualTo("order_item");
        assertThat(EntityNames.snake("address2Line")).isEqualTo("address2_line");
        assertThat(EntityNames.snake("URLValue")).isEqualTo("url_value");
        assertThat(EntityNames.snake("userID")).isEqualTo("user_id");
        assertThat(EntityNames.snake("email")).isEqualTo("email");
    }

    @Test
    void explicitTableNameWinsElseTheClassNameInSnakeCase() {
        assertThat(EntityNames.table(User.class)).isEqualTo("users");
        assertThat(EntityNames.table(UserCredential.class)).isEqualTo("user_credentials");
        assertThat(EntityNames.table(EntityNamesTests.class)).isEqualTo("entity_names_tests");
    }

    @Test
    void enumTypeIsTheEnumNameInSnakeCase() {
        assertThat(EntityNames.enumType(UserStatus.class)).isEqualTo("user_status");
    }
}
