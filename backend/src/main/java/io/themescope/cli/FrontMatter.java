package io.themescope.cli;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Reads the metadata header of a .txt or .md document: a block between two "---" lines of
 * {@code key: value} pairs ({@code meeting.hostCountry: LA} for nested fields), followed by the
 * text. It becomes the same JSON the API takes, so files and requests obey one set of rules.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** Thrown for a header that cannot be read at all; field rules are the parser's job. */
    static final class HeaderException extends RuntimeException {
        HeaderException(String message) {
            super(message);
        }
    }

    static ObjectNode toJson(String content) {
        List<String> lines = content.lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).strip().equals("---")) {
            throw new HeaderException("the file must start with a metadata header between two --- lines");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).strip().equals("---"); j++) {
            String line = lines.get(j);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HeaderException("header line " + (j + 1) + " is not \"key: value\": " + line.strip());
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            if (key.startsWith("meeting.")) {
                ObjectNode meeting = root.has("meeting") ? (ObjectNode) root.get("meeting") : root.putObject("meeting");
                put(meeting, key.substring("meeting.".length()), value);
            } else {
                put(root, key, value);
            }
        }
        if (j >= lines.size()) {
            throw new HeaderException("the metadata header is not closed by a --- line");
        }
        int offset = 0;
        for (int k = 0; k <= j; k++) {
            offset = content.indexOf('\n', offset) + 1;
        }
        root.put("text", content.substring(offset));
        return root;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (key.equals("number") && value.matches("\\d{1,9}")) {
            node.put(key, Integer.parseInt(value));
        } else if (key.equals("synthetic") && (value.equals("true") || value.equals("false"))) {
            node.put(key, Boolean.parseBoolean(value));
        } else {
            node.put(key, value);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
