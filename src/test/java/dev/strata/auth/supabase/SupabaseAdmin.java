package dev.strata.auth.supabase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Admin calls only the tests make, through the client's own admin path (service key, retries,
 * errors): a user made as in Supabase's dashboard, and a user read back.
 *
 * @param client the client under test
 */
record SupabaseAdmin(SupabaseAuthClient client) {

    /** {@code POST /auth/v1/admin/users}. Not retried: after a lost answer a repeat would find the email taken. */
    Mono<JsonNode> createUser(String email, String password, boolean emailConfirmed, @Nullable String fullName) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("email", email, "password", password, "email_confirm", emailConfirmed));
        body.put("user_metadata", fullName == null ? Map.of() : Map.of("full_name", fullName));
        return client.admin("admin create user", HttpMethod.POST, "/auth/v1/admin/users", body, false)
                .map(answer -> client.parse("admin create user", answer));
    }

    /** {@code GET /auth/v1/admin/users/{id}}; empty when there is no such user. Retried. */
    Mono<JsonNode> getUser(UUID id) {
        return client.admin("admin get user", HttpMethod.GET, "/auth/v1/admin/users/" + id, null, true)
                .map(answer -> client.parse("admin get user", answer));
    }
}
