package dev.strata.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, the bearer scheme the protected endpoints name, and the request
 * id ({@link RequestIds}) every operation takes and answers.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Strata API",
        description = "Auth, health and migration state. Every error, from any layer, is an RFC 9457 problem "
                + "(application/problem+json: type, title, status, detail and a stable code), whatever the Accept header."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfiguration {

    @Bean
    OpenApiCustomizer requestIdInEveryOperation() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.addParametersItem(new HeaderParameter().name("traceparent").required(false)
                        .description("W3C trace context; its trace id becomes the request id")
                        .schema(new StringSchema()));
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> response.addHeaderObject(RequestIds.HEADER,
                            new Header().description("The request's id: the trace id of a valid traceparent, else "
                                    + "32 random hex digits; every log line of the request carries it")
                                    .schema(new StringSchema())));
                }
            }));
        };
    }
}
