package io.themescope.dashboards;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one dashboard definition and names every problem by file and field, e.g.
 * {@code dashboards/x.json: panels[1].kind must be one of trend, ...}. Panel queries are checked
 * against {@link ApiCatalog}, theme ids against the taxonomy in use, options against {@link PanelKind}.
 */
final class DefinitionValidator {

    static final List<String> FIELDS = List.of("id", "title", "description", "order", "panels");
    private static final List<String> PANEL_FIELDS = List.of("id", "kind", "title", "query", "options");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Predicate<String> knownTheme;

    DefinitionValidator(Predicate<String> knownTheme) {
        this.knownTheme = knownTheme;
    }

    /** Every problem of {@code root}, each a sentence starting with {@code name}; empty when it is valid. */
    List<String> validate(String name, JsonNode root) {
        Problems p = new Problems(name);
        if (!root.isObject()) {
            p.add("", "must be a JSON object with id, title, description and panels");
            return p.list;
        }
        unknownFields(p, "", root, FIELDS);
        identifier(p, "id", root.get("id"));
        text(p, "title", root.get("title"));
        text(p, "description", root.get("description"));
        JsonNode order = root.get("order");
        if (order != null && !order.isIntegralNumber()) {
            p.add("order", "must be a whole number");
        }
        JsonNode panels = root.get("panels");
        if (panels == null) {
            p.add("panels", "is required");
        } else if (!panels.isArray() || panels.isEmpty()) {
            p.add("panels", "must be a non-empty array of panels");
        } else {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < panels.size(); i++) {
                panel(p, "panels[" + i + "]", panels.get(i), ids, i);
            }
        }
        return p.list;
    }

    private void panel(Problems p, String at, JsonNode panel, Map<String, Integer> ids, int index) {
        if (!panel.isObject()) {
            p.add(at, "must be an object with id, kind, title, query and options");
            return;
        }
        unknownFields(p, at + ".", panel, PANEL_FIELDS);
        JsonNode id = panel.get("id");
        if (identifier(p, at + ".id", id)) {
            Integer first = ids.putIfAbsent(id.stringValue(), index);
            if (first != null) {
                p.add(at + ".id", "\"" + id.stringValue() + "\" is already the id of panels[" + first + "]");
            }
        }
        text(p, at + ".title", panel.get("title"));
        JsonNode kindNode = panel.get("kind");
        PanelKind kind = kindNode != null && kindNode.isString() ? PanelKind.parse(kindNode.stringValue()).orElse(null)
                : null;
        if (kind == null) {
            p.add(at + ".kind", "must be one of " + String.join(", ", PanelKind.params()));
        }
        String path = query(p, at + ".query", panel.get("query"), kind);
        options(p, at + ".options", panel.get("options"), kind, path);
    }

    /** Checks the query and returns its path when that path is known, else null. */
    private String query(Problems p, String at, JsonNode query, PanelKind kind) {
        if (query == null) {
            p.add(at, "is required");
            return null;
        }
        if (!query.isObject()) {
            p.add(at, "must be an object with path and params");
            return null;
        }
        unknownFields(p, at + ".", query, List.of("path", "params"));
        JsonNode pathNode = query.get("path");
        String path = pathNode != null && pathNode.isString() ? pathNode.stringValue() : null;
        if (path == null || !ApiCatalog.known(path)) {
            p.add(at + ".path", "must be one of " + String.join(", ", ApiCatalog.paths()));
            return null;
        }
        if (kind != null && !kind.path().equals(path)) {
            p.add(at + ".path", "must be " + kind.path() + " for a " + kind.param() + " panel");
        }
        JsonNode params = query.get("params");
        if (params == null) {
            return path;
        }
        if (!params.isObject()) {
            p.add(at + ".params", "must be an object of parameter names and values");
            return path;
        }
        for (Map.Entry<String, JsonNode> e : params.properties()) {
            param(p, at + ".params." + e.getKey(), path, e.getKey(), e.getValue());
        }
        return path;
    }

    private void param(Problems p, String at, String path, String name, JsonNode value) {
        List<String> known = ApiCatalog.parameters(path);
        if (!known.contains(name)) {
            p.add(at, "is not a parameter of " + path + "; its parameters are " + String.join(", ", known));
            return;
        }
        List<String> values = new ArrayList<>();
        if (value.isString() || value.isNumber()) {
            values.add(value.asString());
        } else if (value.isArray() && !value.isEmpty() && allScalar(value)) {
            value.forEach(v -> values.add(v.asString()));
        } else {
            p.add(at, "must be a string, a number or a non-empty array of them");
            return;
        }
        List<String> allowed = ApiCatalog.values(path, name).orElse(List.of());
        for (String v : values) {
            if (!allowed.isEmpty() && !allowed.contains(v)) {
                p.add(at, "must be one of " + String.join(", ", allowed) + "; got \"" + v + "\"");
            }
            if (name.equals("theme") && !knownTheme.test(v)) {
                p.add(at, "\"" + v + "\" is not a theme of the taxonomy in use");
            }
        }
    }

    private void options(Problems p, String at, JsonNode options, PanelKind kind, String path) {
        if (options == null) {
            return;
        }
        if (!options.isObject()) {
            p.add(at, "must be an object");
            return;
        }
        if (kind == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : options.properties()) {
            PanelKind.Option option = kind.options().get(e.getKey());
            String field = at + "." + e.getKey();
            if (option == null) {
                p.add(field, "is not an option of a " + kind.param() + " panel; its options are "
                        + String.join(", ", kind.options().keySet()));
                continue;
            }
            JsonNode v = e.getValue();
            switch (option.type()) {
                case "boolean" -> {
                    if (!v.isBoolean()) {
                        p.add(field, "must be true or false");
                    }
                }
                case "count" -> {
                    if (!v.isIntegralNumber() || v.asLong() < 1) {
                        p.add(field, "must be a whole number of at least 1");
                    }
                }
                case "enum" -> {
                    if (!v.isString() || !option.values().contains(v.stringValue())) {
                        p.add(field, "must be one of " + String.join(", ", option.values()));
                    }
                }
                default -> fixed(p, field, v, path);
            }
        }
    }

    private static void fixed(Problems p, String at, JsonNode v, String path) {
        if (!v.isArray() || !allStrings(v)) {
            p.add(at, "must be an array of parameter names");
            return;
        }
        if (path == null) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            String name = v.get(i).stringValue();
            if (!ApiCatalog.parameters(path).contains(name)) {
                p.add(at + "[" + i + "]", "\"" + name + "\" is not a parameter of " + path);
            }
        }
    }

    private static boolean identifier(Problems p, String at, JsonNode id) {
        if (id == null) {
            p.add(at, "is required");
            return false;
        }
        if (!id.isString() || !ID.matcher(id.stringValue()).matches()) {
            p.add(at, "must be lower-case letters, digits and hyphens, like theme-detail");
            return false;
        }
        return true;
    }

    private static void text(Problems p, String at, JsonNode value) {
        if (value == null) {
            p.add(at, "is required");
        } else if (!value.isString() || value.stringValue().isBlank()) {
            p.add(at, "must be a non-empty string");
        }
    }

    private static void unknownFields(Problems p, String prefix, JsonNode node, List<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                p.add(prefix + name, "is not a known field; the fields are " + String.join(", ", known));
            }
        }
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isString() && !v.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allStrings(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isString()) {
                return false;
            }
        }
        return true;
    }

    /** Problems of one file, each "name: field rule". */
    private record Problems(String name, List<String> list) {
        Problems(String name) {
            this(name, new ArrayList<>());
        }

        void add(String field, String rule) {
            list.add(name + ": " + (field.isEmpty() ? "" : field + " ") + rule);
        }
    }
}
