package dev.strata.auth;

import dev.strata.auth.tokens.AccessToken;
import dev.strata.user.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.InetSocketAddress;
import org.springframework.http.HttpStatus;
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

/** {@code /auth}: register, login, refresh, logout and me. Errors are RFC 9457 problems with a {@code code}. */
@RestController
@RequestMapping("/auth")
@Tag(name = "auth")
class AuthHandler {

    private final AuthService auth;

    AuthHandler(AuthService auth) {
        this.auth = auth;
    }

    @PostMapping("/register")
    @Operation(summary = "Create an account and sign in")
    @ApiResponse(responseCode = "201", description = "Created, with the user and a token pair")
    @ApiResponse(responseCode = "409", description = "email_exists")
    @ApiResponse(responseCode = "422", description = "weak_password (with reasons) or validation_failed (with errors)")
    @ApiResponse(responseCode = "400", description = "malformed_request")
    @ApiResponse(responseCode = "413", description = "payload_too_large: body over 1 MB")
    @ApiResponse(responseCode = "429", description = "rate_limited, with Retry-After")
    Mono<ResponseEntity<TokenResponse>> register(@Valid @RequestBody AuthRequests.Register body, ServerHttpRequest request) {
        return auth.register(body, ip(request)).map(tokens -> ResponseEntity.status(HttpStatus.CREATED).body(tokens));
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with email and password")
    @ApiResponse(responseCode = "200", description = "The user and a token pair")
    @ApiResponse(responseCode = "401", description = "invalid_credentials: the same answer for an unknown email and a wrong password")
    @ApiResponse(responseCode = "429", description = "rate_limited, with Retry-After")
    Mono<TokenResponse> login(@Valid @RequestBody AuthRequests.Login body, ServerHttpRequest request) {
        return auth.login(body, ip(request));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Trade a refresh token for a new pair; refresh tokens rotate")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401", description = "invalid_refresh_token; a reused token also revokes its session")
    Mono<TokenResponse> refresh(@Valid @RequestBody AuthRequests.Refresh body) {
        return auth.refresh(body);
    }

    @PostMapping("/logout")
    @Operation(summary = "End this session, or with scope=global every session of the user",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Signed out; the access token stops working at once")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    Mono<ResponseEntity<Void>> logout(@AuthenticationPrincipal AccessToken token,
            @RequestParam(name = "scope", defaultValue = "local") String scope) {
        return auth.logout(token, scope.equals("global")).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user's profile", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    Mono<UserProfile> me(@AuthenticationPrincipal AccessToken token) {
        return auth.me(token);
    }

    private static String ip(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
