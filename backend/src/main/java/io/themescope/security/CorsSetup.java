package io.themescope.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.util.List;

/**
 * Cross-origin access to /api/** for the origins an operator lists (a Grafana or a portal on another
 * host). Nothing is listed by default, so browsers keep the API same-origin. Keys travel in headers,
 * never cookies, so credentials stay off; the headers panels read are exposed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CorsSetup {

    @Bean
    @Order(AccessFilter.ORDER - 5)
    @Conditional(OriginsListed.class)
    CorsWebFilter corsWebFilter(SecurityProperties properties) {
        CorsConfiguration c = new CorsConfiguration();
        c.setAllowedOrigins(properties.cors().allowedOrigins());
        c.setAllowedMethods(properties.cors().allowedMethods());
        c.setAllowedHeaders(List.of("Authorization", AccessFilter.KEY_HEADER, "Content-Type", "Cache-Control"));
        c.setExposedHeaders(List.of("Server-Timing", "Retry-After", "Location", "Content-Disposition", "WWW-Authenticate"));
        c.setAllowCredentials(false);
        c.setMaxAge(properties.cors().maxAgeSeconds());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", c);
        return new CorsWebFilter(source);
    }

    /** True when at least one origin is configured, as a YAML list or a comma-separated variable. */
    static final class OriginsListed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("themescope.security.cors.allowed-origins", Bindable.listOf(String.class))
                    .map(list -> list.stream().anyMatch(o -> !o.isBlank()))
                    .orElse(false);
        }
    }
}
