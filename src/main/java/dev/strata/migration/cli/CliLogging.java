package dev.strata.migration.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging of the {@code db} commands, set up in code when Logback starts (its {@link Configurator}
 * service): standard output carries only results (text or JSON), so log lines go to standard
 * error, warnings and errors only. Reading an XML configuration instead loads Logback's Joran and
 * the JDK's XML parser, some 400 classes and a fifth of a second of every command's start. The
 * service is not affected: without {@link #PROPERTY} this passes to Logback's usual lookup, and
 * Spring Boot configures the service's logging itself.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    /** The system property that {@code StrataApplication} sets before a {@code db} command runs. */
    public static final String PROPERTY = "strata.cli.logging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // Out-of-order mode is on by design (timestamped versions from parallel branches), and a
        // failed migration is reported once, by Strata (which script, PostgreSQL's error).
        context.getLogger("org.flywaydb.core.internal.command.DbMigrate").setLevel(Level.OFF);
        // Rendering the entities never connects: "no connection provider" is the intended state.
        context.getLogger("org.hibernate.orm.connection").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
