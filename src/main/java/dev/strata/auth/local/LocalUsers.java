package dev.strata.auth.local;

import dev.strata.auth.AuthProvider;
import dev.strata.auth.Registration;
import dev.strata.persistence.EntityRows;
import dev.strata.user.User;
import dev.strata.user.UserProfile;
import dev.strata.web.ApiException;
import dev.strata.web.Dependency;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Built-in users: the profile in {@code users}, the password hash in {@code user_credentials},
 * written in one transaction. Hashing runs off the event loop. An unknown email costs a hash
 * comparison too, so its answer takes as long as a wrong password's. Each database call is bounded
 * by {@code STRATA_DB_TIMEOUT_MS}: the driver has no deadline for a query once it is sent.
 */
public final class LocalUsers implements AuthProvider {

    private final DatabaseClient client;
    private final TransactionalOperator transaction;
    private final PasswordEncoder encoder;
    private final Duration deadline;
    /** A hash to compare against when the email is unknown; made on first use, not at start. */
    private final Supplier<String> unknownUserHash;

    public LocalUsers(DatabaseClient client, TransactionalOperator transaction, PasswordEncoder encoder, Duration deadline) {
        this.client = client;
        this.transaction = transaction;
        this.encoder = encoder;
        this.deadline = deadline;
        this.unknownUserHash = memoize(() -> encoder.encode("strata-timing-equaliser"));
    }

    /** Creates the user; 409 {@code email_exists} when the email is taken, also under concurrent registrations. */
    @Override
    public Mono<Registration> register(String email, String password, @Nullable String fullName) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(hash -> Dependency.DATABASE.within(deadline, insert(email, fullName, hash).as(transaction::transactional)))
                .<Registration>map(Registration.Created::new)
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> new ApiException(HttpStatus.CONFLICT, "email_exists", "An account with this email already exists."));
    }

    private Mono<UserProfile> insert(String email, @Nullable String fullName, String hash) {
        DatabaseClient.GenericExecuteSpec insert = client
                .sql("INSERT INTO users (email, full_name) VALUES ($1, $2) RETURNING id, email, full_name, created_at")
                .bind("$1", email);
        return (fullName == null ? insert.bindNull("$2", String.class) : insert.bind("$2", fullName))
                .map((row, meta) -> EntityRows.read(User.class, row, meta).profile())
                .one()
                .flatMap(user -> client.sql("INSERT INTO user_credentials (user_id, password_hash) VALUES ($1, $2)")
                        .bind("$1", user.id()).bind("$2", hash)
                        .fetch().rowsUpdated().thenReturn(user));
    }

    /** The user when the password matches; empty for an unknown email or a wrong password alike. */
    @Override
    public Mono<UserProfile> authenticate(String email, String password) {
        Mono<Candidate> found = client.sql("SELECT u.id, u.email, u.full_name, u.created_at, c.password_hash FROM users u"
                        + " JOIN user_credentials c ON c.user_id = u.id WHERE u.email = $1 AND u.status = 'active'")
                .bind("$1", email)
                .map((row, meta) -> new Candidate(EntityRows.read(User.class, row, meta).profile(),
                        row.get("password_hash", String.class)))
                .one();
        return Dependency.DATABASE.within(deadline, found)
                .publishOn(Schedulers.boundedElastic())
                .defaultIfEmpty(new Candidate(null, ""))
                .map(candidate -> candidate.user() == null ? new Candidate(null, unknownUserHash.get()) : candidate)
                .filter(candidate -> encoder.matches(password, candidate.hash()) && candidate.user() != null)
                .map(Candidate::user);
    }

    private static Supplier<String> memoize(Supplier<String> supplier) {
        AtomicReference<String> value = new AtomicReference<>();
        return () -> value.updateAndGet(current -> current != null ? current : supplier.get());
    }

    private record Candidate(@Nullable UserProfile user, String hash) {
    }
}
