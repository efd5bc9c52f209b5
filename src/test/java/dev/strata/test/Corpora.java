package dev.strata.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the real-world schema corpora are read (never copied, never edited): {@code -Dstrata.corpus=DIR},
 * else {@code ../shared/corpus} beside the checkout, else this workplace's {@code /work/shared/corpus}
 * (a clean clone elsewhere on the machine). Tests that need one are skipped, saying why, without it.
 */
public final class Corpora {

    private Corpora() {
    }

    public static Path root() {
        String configured = System.getProperty("strata.corpus");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return List.of(Path.of("../shared/corpus"), Path.of("/work/shared/corpus")).stream()
                .filter(Files::isDirectory).findFirst().orElse(Path.of("../shared/corpus"));
    }
}
