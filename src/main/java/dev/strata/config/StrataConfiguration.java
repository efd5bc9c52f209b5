package dev.strata.config;

import dev.strata.embedded.EmbeddedServices;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** App-wide wiring: where settings come from and the embedded servers of the zero-setup run. */
@Configuration(proxyBeanMethods = false)
class StrataConfiguration {

    @Bean
    Env strataEnv(Environment environment) {
        return environment::getProperty;
    }

    @Bean(destroyMethod = "close")
    EmbeddedServices embeddedServices(Env env) {
        return new EmbeddedServices(home(env));
    }

    /** {@code STRATA_HOME}, default {@code ./.strata}: embedded data and the development JWT secret. */
    static Path home(Env env) {
        return Path.of(env.get("STRATA_HOME", ".strata")).toAbsolutePath().normalize();
    }
}
