package dev.strata.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key of the service's own access tokens. {@code JWT_SECRET} is required, at least 32
 * bytes, whenever a real database is configured; only the zero-setup embedded run may go
 * without, and then a development secret is generated once and kept under {@code STRATA_HOME}.
 */
public final class JwtSecret {

    /** The minimum key length of HS256. */
    public static final int MIN_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(JwtSecret.class);

    private final byte[] key;

    private JwtSecret(byte[] key) {
        this.key = key.clone();
    }

    public byte[] key() {
        return key.clone();
    }

    /** The configured secret, else the development one kept in {@code home} (created on first use). */
    public static JwtSecret resolve(@Nullable JwtSecret configured, Path home) {
        return configured != null ? configured : development(home.resolve("jwt-secret"));
    }

    /**
     * {@code JWT_SECRET}, checked without generating anything: null when it is unset and may be
     * (embedded run only).
     */
    static @Nullable JwtSecret configured(Env env, boolean embedded) {
        String configured = env.raw("JWT_SECRET");
        if (configured != null && !configured.isEmpty()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_BYTES) {
                throw new StrataException("JWT_SECRET: must be at least " + MIN_BYTES + " bytes, got " + bytes.length
                        + " (generate one with: openssl rand -base64 48)");
            }
            return new JwtSecret(bytes);
        }
        if (!embedded) {
            throw new StrataException("JWT_SECRET: required with a configured database, at least " + MIN_BYTES
                    + " bytes (generate one with: openssl rand -base64 48)");
        }
        return null;
    }

    private static JwtSecret development(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
                trySetOwnerOnly(file);
            }
            log.warn("JWT_SECRET is not set: using the development secret kept in {}; set JWT_SECRET for any "
                    + "real deployment", file);
            return new JwtSecret(Files.readString(file).strip().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StrataException("cannot keep the development JWT secret in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps the default permissions
        }
    }
}
