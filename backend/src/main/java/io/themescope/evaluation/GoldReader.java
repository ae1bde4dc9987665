package io.themescope.evaluation;

import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a gold file against the taxonomy in use and the texts it labels, collecting every broken
 * rule with the path of its entry (as {@code gold.documents["id"]["theme"][0].end}), so a labeller
 * fixes a file in one pass. Offsets arrive in code points and leave in both systems ({@link Span}).
 */
final class GoldReader {

    static final String ROOT = "gold";
    private static final Set<String> FIELDS = Set.of("version", "standard", "themes", "documents");
    private static final int SHOWN = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a text is looked up and what to say when it is not there. */
    record Texts(Function<String, String> lookup, String missing) {
    }

    /** The valid documents and the themes this gold evaluates, or the errors; never both. */
    record Result(List<GoldDocument> documents, List<String> themes, List<ApiError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private GoldReader() {
    }

    /** The document keys of a gold object, so their texts can be fetched before it is checked. */
    static List<String> documentKeys(JsonNode gold) {
        JsonNode documents = gold == null ? null : gold.get("documents");
        return documents == null || !documents.isObject() ? List.of() : List.copyOf(documents.propertyNames());
    }

    /**
     * @param labelledIn documents already labelled by an earlier gold file (id → its name); this
     *                   file's documents are added, so several files can be merged
     * @param name       this file's name, for the message of a document labelled twice
     */
    static Result read(JsonNode gold, Taxonomy taxonomy, Texts texts, Map<String, String> labelledIn, String name) {
        List<ApiError> errors = new ArrayList<>();
        if (gold == null || !gold.isObject()) {
            errors.add(error(ROOT, "type", "must be a JSON object with themes and documents"));
            return new Result(List.of(), List.of(), errors);
        }
        for (String field : gold.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add(error(ROOT + "." + field, "unknown-field", "unknown field; known fields are "
                        + String.join(", ", new TreeSet<>(FIELDS))));
            }
        }
        for (String field : List.of("version", "standard")) {
            JsonNode v = gold.get(field);
            if (v != null && !v.isNull() && !v.isString()) {
                errors.add(error(ROOT + "." + field, "type", "must be a string"));
            }
        }
        Set<String> listed = themes(gold.get("themes"), taxonomy, errors);
        List<String> ordered = taxonomy.ids().stream().filter(listed::contains).toList();
        JsonNode documents = gold.get("documents");
        List<GoldDocument> out = new ArrayList<>();
        if (documents == null || documents.isNull()) {
            errors.add(error(ROOT + ".documents", "required", "is required"));
        } else if (!documents.isObject()) {
            errors.add(error(ROOT + ".documents", "type", "must be an object keyed by document id"));
        } else {
            for (Map.Entry<String, JsonNode> d : documents.properties()) {
                GoldDocument doc = document(d.getKey(), d.getValue(), listed, ordered, taxonomy, texts, labelledIn,
                        errors);
                if (doc != null) {
                    out.add(doc);
                }
            }
            for (String id : documents.propertyNames()) {
                labelledIn.putIfAbsent(id, name);
            }
        }
        return errors.isEmpty() ? new Result(out, ordered, List.of()) : new Result(List.of(), List.of(), errors);
    }

    private static Set<String> themes(JsonNode themes, Taxonomy taxonomy, List<ApiError> errors) {
        Set<String> listed = new LinkedHashSet<>();
        String path = ROOT + ".themes";
        if (themes == null || themes.isNull()) {
            errors.add(error(path, "required", "is required"));
            return listed;
        }
        if (!themes.isArray()) {
            errors.add(error(path, "type", "must be an array of theme ids"));
            return listed;
        }
        for (int i = 0; i < themes.size(); i++) {
            JsonNode t = themes.get(i);
            String at = path + "[" + i + "]";
            if (!t.isString()) {
                errors.add(error(at, "type", "must be a theme id string"));
            } else if (taxonomy.theme(t.stringValue()).isEmpty()) {
                errors.add(error(at, "unknown-theme", "unknown theme " + quote(t.stringValue())));
            } else if (!listed.add(t.stringValue())) {
                errors.add(error(at, "duplicate-theme", "theme " + quote(t.stringValue()) + " is listed twice"));
            }
        }
        return listed;
    }

    private static GoldDocument document(String id, JsonNode node, Set<String> listed, List<String> ordered,
                                         Taxonomy taxonomy, Texts texts, Map<String, String> labelledIn,
                                         List<ApiError> errors) {
        String path = ROOT + ".documents[" + key(id) + "]";
        int before = errors.size();
        String text = null;
        if (labelledIn.containsKey(id)) {
            errors.add(error(path, "duplicate-document", "document " + quote(id) + " is already labelled in "
                    + labelledIn.get(id)));
        } else {
            text = texts.lookup().apply(id);
            if (text == null) {
                errors.add(error(path, "unknown-document", texts.missing().formatted(quote(id))));
            }
        }
        if (!node.isObject()) {
            errors.add(error(path, "type", "must be an object keyed by theme id"));
            return null;
        }
        Offsets offsets = text == null ? null : Offsets.of(text);
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> t : node.properties()) {
            String theme = t.getKey();
            String at = path + "[" + key(theme) + "]";
            if (taxonomy.theme(theme).isEmpty()) {
                errors.add(error(at, "unknown-theme", "unknown theme " + quote(theme)));
            } else if (!listed.contains(theme)) {
                errors.add(error(at, "unlisted-theme", "theme " + quote(theme) + " is not listed in "
                        + ROOT + ".themes"));
            } else {
                spans.put(theme, spans(t.getValue(), at, text, offsets, errors));
            }
        }
        for (String theme : ordered) {
            if (!node.has(theme)) {
                errors.add(error(path, "missing-theme", "no entry for theme " + quote(theme) + ", which "
                        + ROOT + ".themes lists (write [] when the document has no mention)"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Map<String, List<Span>> inOrder = new LinkedHashMap<>();
        for (String theme : ordered) {
            inOrder.put(theme, spans.get(theme));
        }
        return new GoldDocument(id, text, ordered, inOrder);
    }

    private static List<Span> spans(JsonNode array, String path, String text, Offsets offsets, List<ApiError> errors) {
        List<Span> out = new ArrayList<>();
        if (!array.isArray()) {
            errors.add(error(path, "type", "must be an array of spans (start, end, text)"));
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            String at = path + "[" + i + "]";
            if (!s.isObject()) {
                errors.add(error(at, "type", "must be an object with start, end and text"));
                continue;
            }
            for (String field : s.propertyNames()) {
                if (!field.equals("start") && !field.equals("end") && !field.equals("text")) {
                    errors.add(error(at + "." + field, "unknown-field", "unknown field; a span has start, end and text"));
                }
            }
            Integer start = offset(s.get("start"), at + ".start", errors);
            Integer end = offset(s.get("end"), at + ".end", errors);
            String labelled = null;
            JsonNode t = s.get("text");
            if (t == null || t.isNull()) {
                errors.add(error(at + ".text", "required", "is required"));
            } else if (!t.isString()) {
                errors.add(error(at + ".text", "type", "must be a string"));
            } else {
                labelled = t.stringValue();
            }
            if (start == null || end == null) {
                continue;
            }
            if (end <= start) {
                errors.add(error(at + ".end", "range", "must be greater than start (" + start + "); got " + end));
                continue;
            }
            if (offsets == null) {
                continue;
            }
            if (end > offsets.length()) {
                errors.add(error(at + ".end", "range", end + " is beyond the end of the text (" + offsets.length()
                        + " code points)"));
                continue;
            }
            int from = offsets.utf16(start);
            int to = offsets.utf16(end);
            String actual = text.substring(from, to);
            if (labelled != null && !labelled.equals(actual)) {
                errors.add(error(at + ".text", "text-mismatch", "expected " + shown(labelled) + " but the text at ["
                        + start + ", " + end + ") is " + shown(actual)));
                continue;
            }
            if (labelled != null) {
                out.add(new Span(from, to, start, end, actual));
            }
        }
        return out;
    }

    private static Integer offset(JsonNode v, String path, List<ApiError> errors) {
        if (v == null || v.isNull()) {
            errors.add(error(path, "required", "is required"));
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            errors.add(error(path, "integer", "must be a whole number; got " + v));
            return null;
        }
        if (v.intValue() < 0) {
            errors.add(error(path, "range", "must not be negative; got " + v.intValue()));
            return null;
        }
        return v.intValue();
    }

    static ApiError error(String path, String rule, String problem) {
        return new ApiError(path, rule, path + ": " + problem);
    }

    private static String key(String s) {
        return JSON.writeValueAsString(s);
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    /** A string as JSON, cut to about {@value #SHOWN} code points so a long span stays readable. */
    static String shown(String s) {
        if (s.codePointCount(0, s.length()) > SHOWN) {
            s = s.substring(0, s.offsetByCodePoints(0, SHOWN - 1)) + "…";
        }
        return JSON.writeValueAsString(s);
    }
}
