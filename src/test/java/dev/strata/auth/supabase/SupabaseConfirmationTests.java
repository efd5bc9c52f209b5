package dev.strata.auth.supabase;

import static dev.strata.test.AuthApi.PASSWORD;
import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.supabase.SupabaseServiceTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Supabase mode with email confirmation on: registration answers 202 without tokens, sign-in
 * waits for the link, and the disguised answer for a confirmed email is a conflict.
 */
class SupabaseConfirmationTests extends SupabaseServiceTest {

    @BeforeEach
    void confirmationRequired() {
        fake().confirmEmail(true);
    }

    @Test
    void registerAnswersTheUserWithoutTokensUntilTheEmailIsConfirmed(TestDatabase database) throws Exception {
        String email = uniqueEmail("pending");

        JsonNode body = api.body(api.register(email, PASSWORD, "Pending"), 202);

        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user", "confirmation_required");
        assertThat(body.get("confirmation_required").asBoolean()).isTrue();
        assertThat(body.get("user").get("id").asString()).isEqualTo(String.valueOf(fake().userId(email)));
        assertThat(body.get("user").get("full_name").asString()).isEqualTo("Pending");
        assertThat(database.column("SELECT id FROM users WHERE email = '" + email + "'"))
                .containsExactly(body.get("user").get("id").asString());
    }

    @Test
    void loginWaitsForTheConfirmation() throws Exception {
        String email = uniqueEmail("waiting");
        JsonNode registered = api.body(api.register(email, PASSWORD, null), 202);

        api.problem(api.login(email, PASSWORD), 403, "email_not_confirmed");
        api.problem(api.login(email, "not the password at all"), 401, "invalid_credentials");
        fake().confirm(email);

        assertThat(api.body(api.login(email, PASSWORD), 200).get("user")).isEqualTo(registered.get("user"));
    }

    @Test
    void registerOfAConfirmedEmailIsAConflictDespiteSupabasesDisguisedAnswer(TestDatabase database) throws Exception {
        String email = uniqueEmail("confirmed");
        String id = api.body(api.register(email, PASSWORD, null), 202).get("user").get("id").asString();
        fake().confirm(email);

        api.problem(api.register(email, PASSWORD, null), 409, "email_exists");

        assertThat(database.column("SELECT id FROM users WHERE email = '" + email + "'")).containsExactly(id);
        assertThat(fake().userId(email)).hasToString(id);
    }

    @Test
    void registeringAgainBeforeTheEmailCanBeResentIsRateLimited() throws Exception {
        String email = uniqueEmail("resend");
        api.body(api.register(email, PASSWORD, null), 202);

        HttpResponse<String> again = api.register(email, PASSWORD, null);

        JsonNode problem = api.problem(again, 429, "rate_limited");
        assertThat(again.headers().firstValue("retry-after")).hasValueSatisfying(
                value -> assertThat(Long.parseLong(value)).isBetween(50L, 61L));
        assertThat(problem.get("retry_after").asLong()).isBetween(50L, 61L);
    }
}
