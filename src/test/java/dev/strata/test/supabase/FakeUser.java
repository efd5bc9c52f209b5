package dev.strata.test.supabase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user of the fake, and its JSON as GoTrue renders users. */
final class FakeUser {

    final UUID id;
    final String email;
    final String password;
    final Map<String, Object> metadata;
    final Instant createdAt;
    volatile @Nullable Instant confirmedAt;
    volatile @Nullable Instant confirmationSentAt;

    FakeUser(UUID id, String email, String password, Map<String, Object> metadata, @Nullable Instant confirmedAt) {
        this.id = id;
        this.email = email;
        this.password = password;
        this.metadata = Map.copyOf(metadata);
        this.createdAt = Instant.now();
        this.confirmedAt = confirmedAt;
    }

    Map<String, Object> json() {
        return json(id, List.of(identity()));
    }

    /**
     * The disguised answer to a signup for an email already registered and confirmed: a made-up
     * id and no identities, so that signup does not reveal which emails exist.
     */
    Map<String, Object> disguised() {
        Map<String, Object> json = json(UUID.randomUUID(), List.of());
        json.put("email_confirmed_at", null);
        json.put("confirmed_at", null);
        json.put("confirmation_sent_at", Instant.now().toString());
        return json;
    }

    private Map<String, Object> json(UUID shownId, List<Object> identities) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", shownId.toString());
        json.put("aud", "authenticated");
        json.put("role", "authenticated");
        json.put("email", email);
        json.put("email_confirmed_at", text(confirmedAt));
        json.put("phone", "");
        json.put("confirmation_sent_at", text(confirmationSentAt));
        json.put("confirmed_at", text(confirmedAt));
        json.put("app_metadata", Map.of("provider", "email", "providers", List.of("email")));
        json.put("user_metadata", metadata);
        json.put("identities", identities);
        json.put("created_at", createdAt.toString());
        json.put("updated_at", createdAt.toString());
        json.put("is_anonymous", false);
        return json;
    }

    private Map<String, Object> identity() {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("identity_id", UUID.nameUUIDFromBytes(id.toString().getBytes(StandardCharsets.UTF_8)).toString());
        identity.put("id", id.toString());
        identity.put("user_id", id.toString());
        identity.put("identity_data", Map.of("email", email, "email_verified", confirmedAt != null, "phone_verified", false,
                "sub", id.toString()));
        identity.put("provider", "email");
        identity.put("email", email);
        identity.put("created_at", createdAt.toString());
        return identity;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
