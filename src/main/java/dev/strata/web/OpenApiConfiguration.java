package dev.strata.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer scheme the protected endpoints name. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Strata API",
        description = "Auth, health and migration state. Every error, from any layer, is an RFC 9457 problem "
                + "(application/problem+json: type, title, status, detail and a stable code), whatever the Accept header."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfiguration {
}
