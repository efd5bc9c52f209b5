package dev.strata.user;

import dev.strata.persistence.EntityRows;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and writes {@code users} over the runtime R2DBC pool, as {@link User} rows. */
@Repository
public class UserRepository {

    private static final String ACTIVE_BY_ID =
            "SELECT id, email, full_name, created_at FROM users WHERE id = $1 AND status = 'active'";

    private final DatabaseClient client;
    private final ConnectionFactory connections;

    public UserRepository(DatabaseClient client, ConnectionFactory connections) {
        this.client = client;
        this.connections = connections;
    }

    /**
     * The active user's profile, empty when there is none. Every authenticated {@code /auth/me}
     * runs this, so it goes to the pool directly and reads the four columns by name: through
     * {@link DatabaseClient} and the entity converter it cost about a tenth of the request's CPU
     * (a transaction lookup that builds an exception per call, a reflective entity read). It never
     * runs inside a transaction, which is what the client would have joined.
     */
    public Mono<UserProfile> findById(UUID id) {
        return Mono.usingWhen(connections.create(),
                connection -> Flux.from(connection.createStatement(ACTIVE_BY_ID).bind("$1", id).execute())
                        .concatMap(result -> result.map(UserRepository::profile))
                        .singleOrEmpty(),
                Connection::close);
    }

    private static UserProfile profile(Row row, RowMetadata metadata) {
        return new UserProfile(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("email", String.class)), row.get("full_name", String.class),
                Objects.requireNonNull(row.get("created_at", OffsetDateTime.class)));
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
