package dev.strata.auth.tokens;

import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compact JWS read without checking anything, only to choose which verifier (and which key)
 * must check it: the issuer routes a token to the service's own verifier or Supabase's, and
 * {@code alg} and {@code kid} pick the key. Nothing read here is trusted; the chosen verifier
 * checks every part again with its own fixed rules.
 *
 * @param header the JOSE header
 * @param claims the payload
 */
public record UnverifiedJwt(JsonNode header, JsonNode claims) {

    /** Longer than any token either issuer makes; longer ones are not even decoded. */
    private static final int MAX_LENGTH = 8192;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The token's header and payload, when it has the shape of a signed JWT with JSON objects in both. */
    public static Optional<UnverifiedJwt> peek(String token) {
        String[] parts = token.split("\\.", -1);
        if (token.length() > MAX_LENGTH || parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return header.isObject() && claims.isObject() ? Optional.of(new UnverifiedJwt(header, claims)) : Optional.empty();
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }

    /** A string member of the header, or empty. */
    public Optional<String> headerValue(String name) {
        return text(header.get(name));
    }

    /** A string claim, or empty. */
    public Optional<String> claim(String name) {
        return text(claims.get(name));
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }
}
