package dev.strata.test.supabase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * GoTrue's account logic as its handlers have it: signup with confirmation on and off, the
 * password and refresh-token grants (refresh tokens rotate; a used one is refused), logout, and the
 * admin user calls. One lock serialises the writes, as GoTrue's transaction and unique index do.
 */
final class FakeAccounts {

    private static final Duration CONFIRMATION_FREQUENCY = Duration.ofSeconds(60);
    private static final Set<String> PWNED = Set.of("password123", "correct horse battery staple pwned");

    private record RefreshToken(String sessionId, UUID userId, boolean used) {
    }

    private final FakeSigningKeys keys;
    private final String issuer;
    private final Map<UUID, FakeUser> users = new ConcurrentHashMap<>();
    private final Map<String, UUID> byEmail = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> liveSessions = ConcurrentHashMap.newKeySet();
    volatile boolean confirmEmail;
    volatile int minPasswordLength = 6;
    volatile boolean requireDigits;
    volatile int emailsPerHour = 1000;
    private final List<Instant> emailsSent = new ArrayList<>();

    FakeAccounts(FakeSigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    synchronized FakeAnswer signup(String email, String password, Map<String, Object> data) {
        FakeAnswer weak = weakPassword(password);
        if (weak != null) {
            return weak;
        }
        FakeUser existing = user(email).orElse(null);
        if (existing != null && (existing.confirmedAt != null || !confirmEmail)) {
            return confirmEmail ? FakeAnswer.ok(existing.disguised())
                    : FakeAnswer.error(422, "user_already_exists", "User already registered");
        }
        FakeUser user = existing != null ? existing : new FakeUser(UUID.randomUUID(), email, password, data,
                confirmEmail ? null : Instant.now());
        if (!confirmEmail) {
            add(user);
            return FakeAnswer.ok(session(user));
        }
        FakeAnswer limited = sendConfirmation(user);
        if (limited != null) {
            return limited;
        }
        add(user);
        return FakeAnswer.ok(user.json());
    }

    synchronized FakeAnswer passwordGrant(String email, String password) {
        FakeUser user = user(email).orElse(null);
        if (user == null || !MessageDigest.isEqual(user.password.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            return FakeAnswer.error(400, "invalid_credentials", "Invalid login credentials");
        }
        if (user.confirmedAt == null) {
            return FakeAnswer.error(400, "email_not_confirmed", "Email not confirmed");
        }
        return FakeAnswer.ok(session(user));
    }

    synchronized FakeAnswer refreshGrant(String token) {
        RefreshToken refresh = refreshTokens.get(token);
        if (refresh == null || !liveSessions.contains(refresh.sessionId())) {
            return FakeAnswer.error(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
        }
        if (refresh.used()) {
            return FakeAnswer.error(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");
        }
        refreshTokens.put(token, new RefreshToken(refresh.sessionId(), refresh.userId(), true));
        return FakeAnswer.ok(tokens(users.get(refresh.userId()), refresh.sessionId()));
    }

    /** Ends the token's session, or every session of its user. */
    synchronized FakeAnswer logout(String sessionId, UUID userId, String scope) {
        refreshTokens.forEach((token, refresh) -> {
            if (scope.equals("global") ? refresh.userId().equals(userId) : refresh.sessionId().equals(sessionId)) {
                liveSessions.remove(refresh.sessionId());
            }
        });
        liveSessions.remove(sessionId);
        return new FakeAnswer.Ok(204, null);
    }

    synchronized FakeAnswer create(String email, String password, boolean confirmed, Map<String, Object> metadata) {
        if (user(email).isPresent()) {
            return FakeAnswer.error(422, "email_exists", "A user with this email address has already been registered");
        }
        FakeUser user = new FakeUser(UUID.randomUUID(), email, password, metadata, confirmed ? Instant.now() : null);
        add(user);
        return FakeAnswer.ok(user.json());
    }

    FakeAnswer get(UUID id) {
        FakeUser user = users.get(id);
        return user == null ? FakeAnswer.error(404, "user_not_found", "User not found") : FakeAnswer.ok(user.json());
    }

    synchronized FakeAnswer delete(UUID id) {
        FakeUser user = users.remove(id);
        if (user == null) {
            return FakeAnswer.error(404, "user_not_found", "User not found");
        }
        byEmail.remove(user.email);
        refreshTokens.values().removeIf(refresh -> refresh.userId().equals(id));
        return FakeAnswer.ok(Map.of());
    }

    Optional<FakeUser> user(String email) {
        UUID id = byEmail.get(email.toLowerCase(Locale.ROOT));
        return id == null ? Optional.empty() : Optional.ofNullable(users.get(id));
    }

    boolean sessionLive(String sessionId) {
        return liveSessions.contains(sessionId);
    }

    /** Confirms the email as the link in the confirmation email would. */
    void confirm(String email) {
        user(email).orElseThrow().confirmedAt = Instant.now();
    }

    private void add(FakeUser user) {
        users.put(user.id, user);
        byEmail.put(user.email.toLowerCase(Locale.ROOT), user.id);
    }

    /** GoTrue's sendConfirmation: once a minute per address, and the project's hourly email limit. */
    private @Nullable FakeAnswer sendConfirmation(FakeUser user) {
        Instant now = Instant.now();
        Instant last = user.confirmationSentAt;
        if (last != null && now.isBefore(last.plus(CONFIRMATION_FREQUENCY))) {
            long left = Duration.between(now, last.plus(CONFIRMATION_FREQUENCY)).toSeconds() + 1;
            return FakeAnswer.error(429, "over_email_send_rate_limit",
                    "For security purposes, you can only request this after " + left + " seconds.");
        }
        emailsSent.removeIf(sent -> sent.isBefore(now.minus(Duration.ofHours(1))));
        if (emailsSent.size() >= emailsPerHour) {
            return FakeAnswer.error(429, "over_email_send_rate_limit", "email rate limit exceeded");
        }
        emailsSent.add(now);
        user.confirmationSentAt = now;
        return null;
    }

    private @Nullable FakeAnswer weakPassword(String password) {
        List<String> reasons = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        if (password.length() < minPasswordLength) {
            reasons.add("length");
            sentences.add("Password should be at least " + minPasswordLength + " characters.");
        }
        if (requireDigits && password.chars().noneMatch(Character::isDigit)) {
            reasons.add("characters");
            sentences.add("Password should contain at least one character of each: 0123456789.");
        }
        if (PWNED.contains(password)) {
            reasons.add("pwned");
            sentences.add("Password is known to be weak and easy to guess, please choose a different one.");
        }
        return reasons.isEmpty() ? null : new FakeAnswer.Error(422, "weak_password", String.join(" ", sentences),
                Map.of("weak_password", Map.of("reasons", reasons)));
    }

    private Map<String, Object> session(FakeUser user) {
        String sessionId = UUID.randomUUID().toString();
        liveSessions.add(sessionId);
        return tokens(user, sessionId);
    }

    private Map<String, Object> tokens(FakeUser user, String sessionId) {
        long now = Instant.now().getEpochSecond();
        String refresh = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        refreshTokens.put(refresh, new RefreshToken(sessionId, user.id, false));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", "authenticated");
        claims.put("exp", now + 3600);
        claims.put("iat", now);
        claims.put("iss", issuer);
        claims.put("sub", user.id.toString());
        claims.put("email", user.email);
        claims.put("phone", "");
        claims.put("app_metadata", Map.of("provider", "email", "providers", List.of("email")));
        claims.put("user_metadata", user.metadata);
        claims.put("role", "authenticated");
        claims.put("aal", "aal1");
        claims.put("amr", List.of(Map.of("method", "password", "timestamp", now)));
        claims.put("session_id", sessionId);
        claims.put("is_anonymous", false);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("access_token", keys.sign(claims));
        session.put("token_type", "bearer");
        session.put("expires_in", 3600);
        session.put("expires_at", now + 3600);
        session.put("refresh_token", refresh);
        session.put("user", user.json());
        return session;
    }
}
