package dev.strata;

import dev.strata.migration.cli.CliLogging;
import dev.strata.migration.cli.DbCli;
import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.settings.StrataSettings;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;

/**
 * Starts the web service, or with {@code db ...} arguments runs a migration command instead
 * (without the web server). A failure the user can act on ({@link StrataException}) ends the
 * process with one line on stderr and its exit code, without a stack trace.
 */
// No generated user: every request is authenticated by its bearer token (auth/SecurityConfiguration).
@SpringBootApplication(exclude = ReactiveUserDetailsServiceAutoConfiguration.class)
public class StrataApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("db")) {
            // Log lines go to stderr, warnings only: stdout carries only the command's results.
            System.setProperty(CliLogging.PROPERTY, "true");
            Env env = Env.system(Path.of("").toAbsolutePath());
            System.exit(DbCli.run(Arrays.copyOfRange(args, 1, args.length), env, System.out, System.err));
        }
        StrataSettings settings;
        try {
            settings = StrataSettings.from(Env.service(args, Path.of("").toAbsolutePath()));
        } catch (StrataException e) {
            System.err.println("strata: " + e.getMessage());
            System.exit(e.exitCode());
            return;
        }
        SpringApplication application = new SpringApplication(StrataApplication.class);
        // The context uses this very instance: the settings are parsed once per process.
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("strataSettings", settings));
        try {
            application.run(args);
        } catch (RuntimeException e) {
            StrataException failure = StrataException.find(e);
            if (failure == null) {
                throw e;
            }
            System.exit(failure.exitCode());
        }
    }
}
