package dev.strata.settings;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@link OperationsSettings} into Spring Boot's properties, ahead of every other source, and
 * before the logging system starts (so {@code LOG_FORMAT} shapes the first line). Runs after the
 * {@code .env} file was added, so it is read too.
 */
class OperationsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Env env = environment::getProperty;
        environment.getPropertySources().addFirst(new MapPropertySource("strata-operations",
                OperationsSettings.from(env).springProperties()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
