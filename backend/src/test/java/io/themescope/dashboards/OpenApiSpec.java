package io.themescope.dashboards;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the app's live OpenAPI description: which GET paths exist, which query parameters each
 * declares, and the enum values of those that list any. Checks of dashboards run against it.
 */
final class OpenApiSpec {

    private final JsonNode root;

    OpenApiSpec(JsonNode root) {
        this.root = root;
    }

    boolean hasGet(String path) {
        JsonNode p = root.path("paths").path(path);
        return p.has("get");
    }

    /** Query parameter name → its enum values (empty when the spec lists none), in declared order. */
    Map<String, List<String>> queryParameters(String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode param : root.path("paths").path(path).path("get").path("parameters")) {
            if (!"query".equals(param.path("in").asString())) {
                continue;
            }
            out.put(param.path("name").asString(), enumOf(param.path("schema")).orElse(List.of()));
        }
        return out;
    }

    private static Optional<List<String>> enumOf(JsonNode schema) {
        JsonNode values = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.valueStream().map(JsonNode::asString).toList());
    }
}
