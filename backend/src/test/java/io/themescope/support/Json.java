package io.themescope.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whole-response assertions for JSON: expected bodies are built as plain maps and lists (so numbers
 * can be written as the arithmetic that produces them), then compared node by node with the actual
 * body. Objects must have exactly the same keys, arrays the same length and order, and numbers agree
 * to a relative 1e-9, so a sum taken in another order still matches. A mismatch names its path.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final double RELATIVE = 1e-9;

    private Json() {
    }

    /** An object from alternating keys and values, in that order; values may be null, maps, lists, numbers. */
    public static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static List<Object> arr(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    public static void assertJson(String actual, Object expected) {
        JsonNode a = parse(actual);
        JsonNode e = expected instanceof String s ? parse(s) : MAPPER.valueToTree(expected);
        List<String> problems = new ArrayList<>();
        compare("$", a, e, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("JSON differs:\n  " + String.join("\n  ", problems)
                    + "\nactual:   " + MAPPER.writeValueAsString(a)
                    + "\nexpected: " + MAPPER.writeValueAsString(e));
        }
    }

    private static void compare(String path, JsonNode a, JsonNode e, List<String> problems) {
        if (e.isNumber() && a.isNumber()) {
            double x = a.doubleValue();
            double y = e.doubleValue();
            if (Math.abs(x - y) > RELATIVE * Math.max(1, Math.abs(y))) {
                problems.add(path + ": " + a + " but expected " + e);
            }
            return;
        }
        if (e.isObject() && a.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.propertyNames().forEach(keys::add);
            e.propertyNames().forEach(keys::add);
            for (String k : keys) {
                if (!a.has(k)) {
                    problems.add(path + "." + k + ": missing (expected " + e.get(k) + ")");
                } else if (!e.has(k)) {
                    problems.add(path + "." + k + ": unexpected " + a.get(k));
                } else {
                    compare(path + "." + k, a.get(k), e.get(k), problems);
                }
            }
            return;
        }
        if (e.isArray() && a.isArray()) {
            if (a.size() != e.size()) {
                problems.add(path + ": " + a.size() + " elements but expected " + e.size());
            }
            Iterator<JsonNode> ai = a.iterator();
            Iterator<JsonNode> ei = e.iterator();
            for (int i = 0; ai.hasNext() && ei.hasNext(); i++) {
                compare(path + "[" + i + "]", ai.next(), ei.next(), problems);
            }
            return;
        }
        if (!a.equals(e)) {
            problems.add(path + ": " + a + " but expected " + e);
        }
    }
}
