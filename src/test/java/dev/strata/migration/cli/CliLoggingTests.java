package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The db commands' logging, set up in code: stderr, warnings and up, the two quieted loggers. */
class CliLoggingTests {

    @AfterEach
    void clearProperty() {
        System.clearProperty(CliLogging.PROPERTY);
    }

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(ServiceLoader.Provider::type)).contains(CliLogging.class);
    }

    @Test
    void withoutTheCommandsPropertyLogbackGoesOnToItsUsualConfiguration() {
        LoggerContext context = new LoggerContext();

        assertThat(new CliLogging().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void forTheCommandsWarningsGoToStandardErrorAndFlywaysMigrateErrorsAreLeftToStrata() {
        System.setProperty(CliLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();

        assertThat(new CliLogging().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class, appender -> {
            assertThat(appender.getTarget()).isEqualTo("System.err");
            assertThat(appender.isStarted()).isTrue();
        });
        assertThat(context.getLogger("org.flywaydb.core.internal.command.DbMigrate").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.hibernate.orm.connection.pooling").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").isEnabledFor(Level.INFO)).isFalse();
    }
}
