package dev.strata;

import dev.strata.migration.cli.CliLogging;
import dev.strata.migration.cli.CliRelaunch;
import dev.strata.migration.cli.DbCli;
import dev.strata.settings.Env;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;

/**
 * Starts the web service ({@link ServiceLauncher}), or with {@code db ...} arguments runs a
 * migration command instead (without the web server), in a second JVM when {@link CliRelaunch}
 * says that is faster. A failure the user can act on ends the process with one line on stderr
 * and its exit code, without a stack trace.
 * <p>
 * The service's start lives in another class on purpose: the JVM verifies a class's methods all
 * at once, and verifying code that hands Spring's types around loads Spring's context classes
 * (about 0.2 s from the jar's nested libraries) before a {@code db} command could begin.
 */
// No generated user: every request is authenticated by its bearer token (auth/SecurityConfiguration).
@SpringBootApplication(exclude = ReactiveUserDetailsServiceAutoConfiguration.class)
public class StrataApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("db")) {
            Env env = Env.system(Path.of("").toAbsolutePath());
            OptionalInt relaunched = CliRelaunch.run(List.of(args).subList(1, args.length), env);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            // Log lines go to stderr, warnings only: stdout carries only the command's results.
            System.setProperty(CliLogging.PROPERTY, "true");
            System.exit(DbCli.run(Arrays.copyOfRange(args, 1, args.length), env, System.out, System.err));
        }
        ServiceLauncher.run(args);
    }
}
