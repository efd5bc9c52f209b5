package dev.strata.auth.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.web.ApiException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Supabase Auth's error answers, in each shape it sends them, and what the service answers for them. No Spring. */
class SupabaseErrorTests {

    @Test
    void readsTheDefaultShapeWithTheStatusInCode() {
        SupabaseError error = SupabaseError.parse(422, """
                {"code":422,"error_code":"user_already_exists","msg":"User already registered"}""");

        assertThat(error.code()).isEqualTo("user_already_exists");
        assertThat(error.message()).isEqualTo("User already registered");
        assertThat(error.status()).isEqualTo(422);
    }

    @Test
    void readsThe2024ShapeWithTheErrorCodeInCode() {
        SupabaseError error = SupabaseError.parse(400, """
                {"code":"email_not_confirmed","message":"Email not confirmed"}""");

        assertThat(error.code()).isEqualTo("email_not_confirmed");
        assertThat(error.message()).isEqualTo("Email not confirmed");
    }

    @Test
    void readsTheReasonsOfAWeakPasswordInBothShapes() {
        String old = """
                {"code":422,"error_code":"weak_password","msg":"Password should contain at least one character of each: 0123456789.",
                 "weak_password":{"reasons":["characters","pwned"]}}""";
        String current = """
                {"code":"weak_password","message":"Password should be at least 12 characters.","weak_password":{"reasons":["length"]}}""";

        assertThat(SupabaseError.parse(422, old).reasons()).containsExactly("characters", "pwned");
        assertThat(SupabaseError.parse(422, current).reasons()).containsExactly("length");
    }

    @Test
    void recognisesTheOAuthShapeOfOlderTokenEndpointsByItsSentence() {
        assertThat(SupabaseError.parse(400, """
                {"error":"invalid_grant","error_description":"Invalid login credentials"}""").code()).isEqualTo("invalid_credentials");
        assertThat(SupabaseError.parse(400, """
                {"error":"invalid_grant","error_description":"Email not confirmed"}""").code()).isEqualTo("email_not_confirmed");
        assertThat(SupabaseError.parse(400, """
                {"error":"invalid_grant","error_description":"Invalid Refresh Token"}""").code()).isEqualTo("invalid_grant");
    }

    @Test
    void recognisesServersOlderThanErrorCodesByTheirSentences() {
        assertThat(SupabaseError.parse(400, """
                {"code":400,"msg":"User already registered"}""").code()).isEqualTo("user_already_exists");
        assertThat(SupabaseError.parse(422, """
                {"code":422,"msg":"A user with this email address has already been registered"}""").code()).isEqualTo("email_exists");
    }

    @Test
    void readsTheGatewaysAnswerWithoutACode() {
        SupabaseError error = SupabaseError.parse(401, """
                {"message":"Invalid API key","hint":"Double check your Supabase `anon` or `service_role` API key."}""");

        assertThat(error.code()).isNull();
        assertThat(error.message()).isEqualTo("Invalid API key");
    }

    @Test
    void survivesBodiesThatAreNotJsonObjects() {
        assertThat(SupabaseError.parse(502, "upstream connect error or disconnect/reset before headers").message())
                .isEqualTo("HTTP 502 with a non-JSON body");
        assertThat(SupabaseError.parse(503, "").message()).isEqualTo("HTTP 503 with an empty body");
        assertThat(SupabaseError.parse(500, "[1,2]").code()).isNull();
    }

    @Test
    void anEmailTakenEitherWayIsAConflict() {
        assertApi(mapped(422, "user_already_exists", null), HttpStatus.CONFLICT, "email_exists");
        assertApi(mapped(422, "email_exists", null), HttpStatus.CONFLICT, "email_exists");
    }

    @Test
    void aWeakPasswordKeepsEveryReasonInTheServicesWords() {
        ApiException api = SupabaseErrors.toApi(failure(SupabaseError.parse(422, """
                {"code":422,"error_code":"weak_password","msg":"Weak.","weak_password":{"reasons":["length","characters","pwned","new"]}}"""),
                null));

        assertApi(api, HttpStatus.UNPROCESSABLE_CONTENT, "weak_password");
        assertThat(api.extra().get("reasons")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(4)
                .contains("new").anySatisfy(reason -> assertThat(reason.toString()).contains("breach"));
    }

    @Test
    void wrongCredentialsAreTheBuiltInProvidersAnswer() {
        ApiException api = mapped(400, "invalid_credentials", null);

        assertApi(api, HttpStatus.UNAUTHORIZED, "invalid_credentials");
        assertThat(api.getMessage()).isEqualTo("Invalid email or password.");
        assertApi(mapped(400, "invalid_grant", null), HttpStatus.UNAUTHORIZED, "invalid_credentials");
    }

    @Test
    void anUnconfirmedEmailIsForbidden() {
        assertApi(mapped(400, "email_not_confirmed", null), HttpStatus.FORBIDDEN, "email_not_confirmed");
    }

    @Test
    void rateLimitsCarryTheSecondsToWait() {
        ApiException fromSentence = SupabaseErrors.toApi(failure(SupabaseError.parse(429, """
                {"code":429,"error_code":"over_email_send_rate_limit","msg":"For security purposes, you can only request this after 37 seconds."}"""),
                null));
        ApiException fromHeader = mapped(429, "over_request_rate_limit", 12L);
        ApiException bare = mapped(429, null, null);

        assertApi(fromSentence, HttpStatus.TOO_MANY_REQUESTS, "rate_limited");
        assertThat(fromSentence.extra()).containsEntry("retry_after", 37L);
        assertThat(fromHeader.extra()).containsEntry("retry_after", 12L);
        assertThat(bare.extra()).containsEntry("retry_after", 60L);
    }

    @Test
    void whatOnlyTheOperatorCanFixIsUnavailableToTheCaller() {
        for (int status : List.of(0, 401, 403, 500, 502, 503, 504)) {
            assertUnavailable(mapped(status, null, null));
        }
        assertUnavailable(mapped(403, "not_admin", null));
        assertApi(mapped(404, "not_found", null), HttpStatus.BAD_GATEWAY, "auth_provider_error");
    }

    @Test
    void anInvalidEmailIsAFieldError() {
        ApiException api = mapped(400, "email_address_invalid", null);

        assertApi(api, HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed");
        assertThat(api.extra().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("email");
    }

    @Test
    void onlyGatewayAndServerFailuresAreWorthRepeating() {
        assertThat(List.of(502, 503, 504)).allSatisfy(status -> assertThat(failure(new SupabaseError(status, null, "x", List.of()), null)
                .isTransient()).isTrue());
        assertThat(List.of(0, 400, 429, 500)).allSatisfy(status -> assertThat(failure(new SupabaseError(status, null, "x", List.of()), null)
                .isTransient()).isFalse());
    }

    private static ApiException mapped(int status, @Nullable String code, @Nullable Long retryAfter) {
        return SupabaseErrors.toApi(failure(new SupabaseError(status, code, "a sentence", List.of()), retryAfter));
    }

    private static SupabaseAuthException failure(SupabaseError error, @Nullable Long retryAfter) {
        return new SupabaseAuthException("test call", error, retryAfter, null);
    }

    /** 503 dependency_unavailable naming the auth provider, with Retry-After. */
    private static void assertUnavailable(ApiException api) {
        assertApi(api, HttpStatus.SERVICE_UNAVAILABLE, "dependency_unavailable");
        assertThat(api.extra()).containsEntry("dependency", "auth_provider").containsKey("retry_after");
    }

    private static void assertApi(ApiException api, HttpStatus status, String code) {
        assertThat(api.status()).isEqualTo(status);
        assertThat(api.code()).isEqualTo(code);
    }
}
