package dev.strata.auth.supabase;

import dev.strata.auth.EmailAddress;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The part of a Supabase Auth user the service uses.
 *
 * @param id the Supabase user id, which the profile takes as its own
 * @param email in its canonical form ({@link EmailAddress}), if the user has one
 * @param fullName {@code user_metadata.full_name}, if any
 * @param identities how many identities the answer lists; -1 when it lists none at all
 */
record SupabaseUser(UUID id, @Nullable String email, @Nullable String fullName, int identities) {

    static SupabaseUser of(JsonNode user) {
        JsonNode id = user.path("id");
        if (!id.isString()) {
            throw new SupabaseAuthException("reading a user", new SupabaseError(200, null, "a user without an id",
                    List.of()), null, null);
        }
        JsonNode email = user.path("email");
        JsonNode fullName = user.path("user_metadata").path("full_name");
        JsonNode identities = user.path("identities");
        return new SupabaseUser(UUID.fromString(id.asString()),
                email.isString() && !email.asString().isBlank() ? EmailAddress.canonical(email.asString()) : null,
                fullName.isString() ? fullName.asString() : null, identities.isArray() ? identities.size() : -1);
    }
}
