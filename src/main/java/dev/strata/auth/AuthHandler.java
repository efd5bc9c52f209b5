package dev.strata.auth;

import dev.strata.user.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.InetSocketAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /auth}: register, login, refresh, logout and me. Errors are RFC 9457 problems with a {@code code}.
 * Every answer is JSON: a request that accepts none is refused (406) before it runs, not after it
 * created an account.
 */
@RestController
@RequestMapping(path = "/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "auth")
class AuthHandler {

    /** What validation_failed names, for the API document. */
    private static final String INPUT_RULES = "every field a JSON string without control characters; the password at most "
            + "72 bytes in UTF-8; the email without invisible or bidirectional-control characters, normalised to one "
            + "spelling (trimmed, NFKC, lower-cased, the domain in ASCII/IDNA form)";

    /** The start of every 503's description; each endpoint names the dependencies it calls. */
    private static final String UNAVAILABLE = "dependency_unavailable, with Retry-After: a dependency is down, refused "
            + "or did not answer within its deadline; `dependency` names it: ";

    private final AuthService auth;
    private final AuthMetrics metrics;

    AuthHandler(AuthService auth, AuthMetrics metrics) {
        this.auth = auth;
        this.metrics = metrics;
    }

    @PostMapping("/register")
    @Operation(summary = "Create an account and sign in (or, when Supabase requires email confirmation, wait for it)")
    @ApiResponse(responseCode = "201", description = "Created, with the user and a token pair",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "202", description = "Created; the Supabase project requires email confirmation first: "
            + "{user, confirmation_required: true} and no tokens",
            content = @Content(schema = @Schema(implementation = RegisterResponse.PendingConfirmation.class)))
    @ApiResponse(responseCode = "409", description = "email_exists")
    @ApiResponse(responseCode = "422", description = "weak_password (with reasons: Supabase Auth's default rule, at least "
            + "6 characters, STRATA_PASSWORD_MIN_LENGTH and STRATA_PASSWORD_REQUIRED_CHARACTERS; with STRATA_PASSWORD_LEAK_CHECK, "
            + "a password found in a data breach) or validation_failed "
            + "(with errors per field: " + INPUT_RULES + ")")
    @ApiResponse(responseCode = "400", description = "malformed_request: not JSON")
    @ApiResponse(responseCode = "413", description = "payload_too_large: body over 1 MB")
    @ApiResponse(responseCode = "429", description = "rate_limited, with Retry-After")
    @ApiResponse(responseCode = "502", description = "auth_provider_error: Supabase Auth refused the request in an unexpected way")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE + "database, redis, auth_provider or password_check "
            + "(the leaked-password check, when on)")
    Mono<ResponseEntity<Object>> register(@Valid @RequestBody AuthRequests.Register body, ServerHttpRequest request) {
        return auth.register(body, ip(request)).map(answer -> switch (answer) {
            case TokenResponse tokens -> ResponseEntity.status(HttpStatus.CREATED).<Object>body(tokens);
            case RegisterResponse.PendingConfirmation pending -> ResponseEntity.status(HttpStatus.ACCEPTED).<Object>body(pending);
        });
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with email and password")
    @ApiResponse(responseCode = "200", description = "The user and a token pair")
    @ApiResponse(responseCode = "401", description = "invalid_credentials: the same answer for an unknown email and a wrong password")
    @ApiResponse(responseCode = "422", description = "validation_failed (with errors per field: " + INPUT_RULES + ")")
    @ApiResponse(responseCode = "403", description = "email_not_confirmed (Supabase): follow the confirmation link first; "
            + "user_banned (Supabase)")
    @ApiResponse(responseCode = "429", description = "rate_limited, with Retry-After")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE + "database, redis or auth_provider")
    Mono<TokenResponse> login(@Valid @RequestBody AuthRequests.Login body, ServerHttpRequest request) {
        return metrics.login(auth.login(body, ip(request)));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Trade a refresh token for a new pair; refresh tokens rotate")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401", description = "invalid_refresh_token; a reused token also revokes its session")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE + "database or redis")
    Mono<TokenResponse> refresh(@Valid @RequestBody AuthRequests.Refresh body) {
        return auth.refresh(body);
    }

    @PostMapping("/logout")
    @Operation(summary = "End this session, or with scope=global every session of the user",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Signed out; the access token stops working at once "
            + "(a Supabase access token too: its session is ended at Supabase and refused here)")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE + "redis")
    Mono<ResponseEntity<Void>> logout(@AuthenticationPrincipal Caller caller,
            @RequestParam(name = "scope", defaultValue = "local") String scope) {
        return auth.logout(caller, scope.equals("global")).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user's profile", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE + "database or redis")
    Mono<UserProfile> me(@AuthenticationPrincipal Caller caller) {
        return auth.me(caller);
    }

    private static String ip(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
