package dev.strata;

import dev.strata.config.Env;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web service. A failure the user can act on ({@link StrataException}) ends the
 * process with one line on stderr and its exit code, without a stack trace.
 */
@SpringBootApplication
public class StrataApplication {

    public static void main(String[] args) {
        try {
            Preflight.check(Env.system(Path.of("").toAbsolutePath()));
        } catch (StrataException e) {
            System.err.println("strata: " + e.getMessage());
            System.exit(e.exitCode());
        }
        try {
            SpringApplication.run(StrataApplication.class, args);
        } catch (RuntimeException e) {
            StrataException failure = StartupFailureReporter.find(e);
            if (failure == null) {
                throw e;
            }
            System.exit(failure.exitCode());
        }
    }
}
