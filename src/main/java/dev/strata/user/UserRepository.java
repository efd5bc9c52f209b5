package dev.strata.user;

import dev.strata.persistence.EntityRows;
import java.util.UUID;
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
}
