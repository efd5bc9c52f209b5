package dev.strata.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code users} as the API shows it.
 *
 * @param id the user id (the Supabase user id in Supabase mode)
 * @param email the email address, lower-cased
 * @param fullName the display name, if any
 * @param createdAt when the profile was created
 */
public record UserProfile(UUID id, String email, @JsonProperty("full_name") @Nullable String fullName,
        @JsonProperty("created_at") OffsetDateTime createdAt) {
}
