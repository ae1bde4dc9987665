package io.themescope.evaluation;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /api/v1/evaluations}: a gold object and either the documents it labels
 * ({@code id}, {@code text}, other corpus fields ignored) or nothing, in which case the gold's
 * document keys are stored document ids. Only the envelope is checked here; the gold by {@link GoldReader}.
 *
 * @param texts the given documents' texts by id, or null to read stored documents
 */
record EvaluationRequest(JsonNode gold, Map<String, String> texts) {

    private static final Set<String> FIELDS = Set.of("gold", "documents");
    private static final ObjectReader JSON = JsonMapper.builder().build().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    static EvaluationRequest parse(byte[] body) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiValidationException.of("body", "utf-8", "The body is not valid UTF-8.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw ApiValidationException.of("body", "json", "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiValidationException.of("body", "json-object", "The body must be a JSON object.");
        }
        List<ApiError> errors = new ArrayList<>();
        for (String field : root.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add(GoldReader.error(field, "unknown-field", "unknown field; known fields are "
                        + String.join(", ", new TreeSet<>(FIELDS))));
            }
        }
        JsonNode gold = root.get("gold");
        if (gold == null || gold.isNull()) {
            errors.add(GoldReader.error("gold", "required", "is required"));
        }
        Map<String, String> texts = null;
        JsonNode documents = root.get("documents");
        if (documents != null && !documents.isNull()) {
            texts = documents(documents, errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new EvaluationRequest(gold, texts);
    }

    private static Map<String, String> documents(JsonNode documents, List<ApiError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!documents.isArray()) {
            errors.add(GoldReader.error("documents", "type", "must be an array of documents with id and text"));
            return texts;
        }
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            JsonNode d = documents.get(i);
            String at = "documents[" + i + "]";
            if (!d.isObject()) {
                errors.add(GoldReader.error(at, "type", "must be an object with id and text"));
                continue;
            }
            JsonNode id = d.get("id");
            JsonNode text = d.get("text");
            boolean ok = true;
            if (id == null || id.isNull()) {
                errors.add(GoldReader.error(at + ".id", "required", "is required"));
                ok = false;
            } else if (!id.isString() || id.stringValue().isBlank()) {
                errors.add(GoldReader.error(at + ".id", "type", "must be a non-empty string"));
                ok = false;
            } else if (seen.containsKey(id.stringValue())) {
                errors.add(GoldReader.error(at + ".id", "duplicate-document", "id '" + id.stringValue()
                        + "' is also the id of documents[" + seen.get(id.stringValue()) + "]"));
                ok = false;
            }
            if (text == null || text.isNull()) {
                errors.add(GoldReader.error(at + ".text", "required", "is required"));
                ok = false;
            } else if (!text.isString()) {
                errors.add(GoldReader.error(at + ".text", "type", "must be a string"));
                ok = false;
            }
            if (ok) {
                seen.put(id.stringValue(), i);
                texts.put(id.stringValue(), text.stringValue());
            }
        }
        return texts;
    }
}
