package dev.strata.embedded;

import dev.strata.settings.StrataSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded servers of the zero-setup run, each started only when a feature asks for it. */
@Configuration(proxyBeanMethods = false)
class EmbeddedConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedServices embeddedServices(StrataSettings settings) {
        return new EmbeddedServices(settings.embedded().home());
    }
}
