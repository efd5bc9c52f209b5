package dev.strata.migration.autogenerate.desired;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Spring Boot's {@code jar:nested:} URLs, which name a class folder or library inside an executable
 * jar: {@code jar:nested:/srv/my%20app/strata.jar/!BOOT-INF/classes/!/}.
 */
public final class NestedJar {

    private static final String PREFIX = "jar:nested:";

    private NestedJar() {
    }

    /**
     * The executable jar such a URL reads from, its path percent-decoded as Spring Boot encodes it;
     * empty for any other URL, or one whose path is not a valid URI path.
     */
    public static Optional<Path> outerJar(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = url.indexOf("/!");
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URI("file:" + url.substring(PREFIX.length(), end))).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
