package dev.strata.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Where the service's settings come from: Spring's environment (real variables, then {@code .env}). */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    @Bean
    Env strataEnv(Environment environment) {
        return environment::getProperty;
    }
}
