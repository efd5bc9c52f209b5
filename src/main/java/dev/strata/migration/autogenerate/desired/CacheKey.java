package dev.strata.migration.autogenerate.desired;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the inputs of something cached (the migrations' replay, the entities' rendering):
 * texts are separated by a NUL byte, so {@code "ab", "c"} and {@code "a", "bc"} differ.
 */
public final class CacheKey {

    private final MessageDigest digest;

    public CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Adds a text and its terminating NUL. */
    public CacheKey add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Adds raw bytes (give their length first with {@link #add(String)}). */
    public CacheKey add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** The first 128 bits in hex: 32 characters, short enough for a database or file name. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
