package dev.strata.auth;

import dev.strata.config.Databases;
import dev.strata.config.Env;
import dev.strata.embedded.EmbeddedServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Auth settings checked at start, so a missing or short secret stops the service before it serves. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    @Bean
    JwtSecret jwtSecret(Env env, Databases databases, EmbeddedServices embedded) {
        return JwtSecret.resolve(env, databases.embedded(), embedded.home());
    }
}
