package dev.strata.settings;

import dev.strata.embedded.EmbeddedServices;
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
        return new EmbeddedServices(EmbeddedServices.home(env));
    }
}
