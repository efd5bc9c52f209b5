package dev.strata.settings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

    /**
     * The settings, parsed here only when the context was started without them: {@code StrataApplication}
     * registers the instance it already parsed, while a test context has only its environment.
     */
    @Bean
    @ConditionalOnMissingBean
    StrataSettings strataSettings(Env env) {
        return StrataSettings.from(env);
    }
}
