package io.themescope.dashboards;

import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a panel's {@code query} ({@code path} and {@code params}, arrays repeating) into a request path. */
final class QueryStrings {

    private QueryStrings() {
    }

    static String of(JsonNode query) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : query.path("params").properties()) {
            List<JsonNode> values = e.getValue().isArray() ? e.getValue().valueStream().toList() : List.of(e.getValue());
            for (JsonNode v : values) {
                parts.add(encode(e.getKey()) + "=" + encode(v.asString()));
            }
        }
        String path = query.path("path").asString();
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
