package dev.strata.test.supabase;

import io.jsonwebtoken.Claims;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fake's routes: the gateway's API-key check first (as Kong and Supabase's API gateway answer
 * it), then GoTrue's own checks of the bearer token where a route needs one (logout; the admin
 * calls need the service role), then {@link FakeAccounts}.
 */
final class FakeRoutes {

    private final FakeSupabaseAuth fake;
    private final FakeAccounts accounts;
    private final FakeSigningKeys keys;

    FakeRoutes(FakeSupabaseAuth fake, FakeAccounts accounts, FakeSigningKeys keys) {
        this.fake = fake;
        this.accounts = accounts;
        this.keys = keys;
    }

    static String name(FakeRequest request) {
        String path = request.path();
        return switch (request.method() + " " + path) {
            case "POST /signup" -> "signup";
            case "POST /token" -> "token:" + request.query().getOrDefault("grant_type", "");
            case "POST /logout" -> "logout";
            case "POST /admin/users" -> "admin:create";
            case "GET /.well-known/jwks.json" -> "jwks";
            default -> path.startsWith("/admin/users/") ? "admin:" + request.method().toLowerCase(Locale.ROOT) : "unknown";
        };
    }

    FakeAnswer answer(String route, FakeRequest request) {
        if (route.equals("jwks")) {
            return new FakeAnswer.Ok(200, keys.jwks());
        }
        String apikey = request.header("apikey");
        if (apikey == null) {
            return new FakeAnswer.Gateway(401, "No API key found in request", "No `apikey` request header or url param was found.");
        }
        String keyRole = apikey.equals(fake.anonKey) || apikey.equals(fake.publishableKey) ? "anon"
                : apikey.equals(fake.serviceKey) || apikey.equals(fake.secretKey) ? "service_role" : null;
        if (keyRole == null) {
            return new FakeAnswer.Gateway(401, "Invalid API key", "Double check your Supabase `anon` or `service_role` API key.");
        }
        return switch (route) {
            case "signup" -> signup(request);
            case "token:password" -> accounts.passwordGrant(email(request), request.text("password"));
            case "token:refresh_token" -> accounts.refreshGrant(request.text("refresh_token"));
            case "logout" -> logout(request);
            case "admin:create", "admin:get", "admin:delete" -> admin(route, request, apikey.startsWith("sb_") ? keyRole : null);
            default -> FakeAnswer.error(404, "not_found", "Not Found");
        };
    }

    private FakeAnswer signup(FakeRequest request) {
        String email = email(request);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return FakeAnswer.error(400, "email_address_invalid", "Email address \"" + email + "\" is invalid");
        }
        if (request.text("password").isEmpty()) {
            return FakeAnswer.error(400, "validation_failed", "Signup requires a valid password");
        }
        return accounts.signup(email, request.text("password"), strings(request.body().path("data")));
    }

    private FakeAnswer logout(FakeRequest request) {
        Optional<Claims> claims = claims(request.bearer());
        if (request.bearer() == null) {
            return FakeAnswer.error(401, "no_authorization", "This endpoint requires a valid Bearer token");
        }
        if (claims.isEmpty() || claims.get().getSubject() == null || claims.get().get("session_id", String.class) == null) {
            return FakeAnswer.error(403, "bad_jwt", "invalid JWT: unable to parse or verify signature, token is unverifiable");
        }
        return accounts.logout(claims.get().get("session_id", String.class), UUID.fromString(claims.get().getSubject()),
                request.query().getOrDefault("scope", "global"));
    }

    /**
     * GoTrue's requireAdmin: the bearer token's role must be service_role. With the new keys the
     * gateway puts a token of the key's role there when the request has none ({@code injectedRole}).
     */
    private FakeAnswer admin(String route, FakeRequest request, @Nullable String injectedRole) {
        String role;
        if (request.bearer() != null) {
            Optional<Claims> claims = claims(request.bearer());
            if (claims.isEmpty()) {
                return FakeAnswer.error(403, "bad_jwt", "invalid JWT: unable to parse or verify signature, token is malformed");
            }
            role = claims.get().get("role", String.class);
        } else if (injectedRole != null) {
            role = injectedRole;
        } else {
            return FakeAnswer.error(401, "no_authorization", "This endpoint requires a valid Bearer token");
        }
        if (!"service_role".equals(role)) {
            return FakeAnswer.error(403, "not_admin", "User not allowed");
        }
        if (route.equals("admin:create")) {
            return accounts.create(email(request), request.text("password"), request.body().path("email_confirm").asBoolean(false),
                    strings(request.body().path("user_metadata")));
        }
        UUID id;
        try {
            id = UUID.fromString(request.path().substring("/admin/users/".length()));
        } catch (IllegalArgumentException e) {
            return FakeAnswer.error(400, "validation_failed", "user_id must be an UUID");
        }
        return route.equals("admin:get") ? accounts.get(id) : accounts.delete(id);
    }

    private Optional<Claims> claims(@Nullable String token) {
        return token == null ? Optional.empty() : keys.verify(token);
    }

    private static String email(FakeRequest request) {
        return request.text("email").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> strings(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> {
            if (entry.getValue().isString()) {
                values.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return values;
    }
}
