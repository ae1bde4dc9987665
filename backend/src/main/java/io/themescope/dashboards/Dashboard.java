package io.themescope.dashboards;

import tools.jackson.databind.JsonNode;

/**
 * One validated definition: the summary fields the list shows, the order the switcher uses, the file
 * it came from (for messages) and the definition itself, served as written.
 */
record Dashboard(String id, String title, String description, int order, String source, JsonNode definition) {

    static final int DEFAULT_ORDER = 100;

    static Dashboard of(String source, JsonNode root) {
        JsonNode order = root.get("order");
        return new Dashboard(root.get("id").stringValue(), root.get("title").stringValue(),
                root.get("description").stringValue(), order == null ? DEFAULT_ORDER : order.asInt(), source, root);
    }
}
