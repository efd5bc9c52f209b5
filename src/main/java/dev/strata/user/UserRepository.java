package dev.strata.user;

import dev.strata.persistence.EntityRows;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads and writes {@code users} over the runtime R2DBC pool, as {@link User} rows. */
@Repository
public class UserRepository {

    private final DatabaseClient client;

    public UserRepository(DatabaseClient client) {
        this.client = client;
    }

    public Mono<UserProfile> findById(UUID id) {
        return client.sql("SELECT id, email, full_name, created_at FROM users WHERE id = $1 AND status = 'active'")
                .bind("$1", id)
                .map((row, meta) -> EntityRows.read(User.class, row, meta).profile())
                .one();
    }

    /**
     * Creates the profile of a user whose id the identity provider chose (Supabase mode). Changes
     * nothing and is empty when a profile with this id or this email exists already, so a repeat
     * is harmless; read the id back to tell a repeat from another account holding the email.
     */
    public Mono<UserProfile> insertIfAbsent(UUID id, String email, @Nullable String fullName) {
        DatabaseClient.GenericExecuteSpec insert = client.sql("INSERT INTO users (id, email, full_name) VALUES ($1, $2, $3)"
                        + " ON CONFLICT DO NOTHING RETURNING id, email, full_name, created_at")
                .bind("$1", id)
                .bind("$2", email);
        return (fullName == null ? insert.bindNull("$3", String.class) : insert.bind("$3", fullName))
                .map((row, meta) -> EntityRows.read(User.class, row, meta).profile())
                .one();
    }
}
