package io.themescope.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The published API description: title and version, and on every API operation the problem
 * responses it can give (400 bad parameters, plus storage limits and outages for analytics), so a
 * client generated from it knows the error shape without reading our code.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI themeScopeOpenApi() {
        return new OpenAPI().info(new Info().title("ThemeScope API").version("v1")
                .description("Regional security themes in meeting documents over time: series, host comparisons,"
                        + " co-occurrence, the passages behind every number, exports and ingest."));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> error = new Schema<>().type("object")
                    .addProperty("field", new Schema<>().type("string"))
                    .addProperty("rule", new Schema<>().type("string"))
                    .addProperty("message", new Schema<>().type("string"));
            Schema<?> problem = new Schema<>().type("object")
                    .addProperty("type", new Schema<>().type("string"))
                    .addProperty("title", new Schema<>().type("string"))
                    .addProperty("status", new Schema<>().type("integer"))
                    .addProperty("detail", new Schema<>().type("string"))
                    .addProperty("instance", new Schema<>().type("string"))
                    .addProperty("errors", new Schema<>().type("array").items(error));
            api.getComponents().addSchemas("Problem", problem);
            Content content = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            Map<String, String> responses = Map.of(
                    "400", "A parameter or the body breaks a rule; errors names each field and rule.",
                    "422", "The query would return more rows than the configured limit.",
                    "503", "ClickHouse is not reachable.",
                    "504", "The query ran longer than the configured limit.");
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations().forEach(op -> responses.forEach((code, text) -> add(op, code, text, content)));
                // writes need a key once keys are configured; reads only when reads-require-key is set
                for (var write : new io.swagger.v3.oas.models.Operation[] {item.getPost(), item.getPut(), item.getPatch(),
                        item.getDelete()}) {
                    if (write != null) {
                        add(write, "401", "No valid API key (Authorization: Bearer or X-API-Key) while keys are configured.",
                                content);
                    }
                }
                if (path.startsWith("/api/v1/export/") || path.equals("/api/v1/documents/bulk")
                        || path.equals("/api/v1/reindex") || path.equals("/api/v1/series")
                        || path.equals("/api/v1/compare/hosts") || path.equals("/api/v1/cooccurrence")
                        || path.equals("/api/v1/mentions") || path.equals("/api/v1/evaluations")) {
                    item.readOperations().forEach(op -> add(op, "429",
                            "This client spent its budget for this endpoint; Retry-After says when to try again.", content));
                }
            });
        };
    }

    private static void add(io.swagger.v3.oas.models.Operation op, String code, String text, Content content) {
        if (op.getResponses() != null && !op.getResponses().containsKey(code)) {
            op.getResponses().addApiResponse(code, new ApiResponse().description(text).content(content));
        }
    }
}
