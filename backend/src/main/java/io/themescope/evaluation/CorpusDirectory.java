package io.themescope.evaluation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The texts of a corpus folder: every {@code *.json} file in it holds one document with at least
 * an {@code id} and a {@code text} (other fields, such as the meeting's, are ignored). Files are
 * read in name order; a file without them, or an id used twice, is an error naming the file.
 */
final class CorpusDirectory {

    private CorpusDirectory() {
    }

    /** Texts by document id, in file-name order; {@code errors} collects what is wrong. */
    static Map<String, String> read(Path dir, ObjectReader json, List<String> errors) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Path> from = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                    .forEach(files::add);
        }
        for (Path file : files) {
            JsonNode root;
            try {
                root = json.readTree(Files.readString(file));
            } catch (JacksonException e) {
                errors.add(file.getFileName() + ": not valid JSON: " + e.getOriginalMessage());
                continue;
            } catch (java.nio.charset.MalformedInputException e) {
                errors.add(file.getFileName() + ": not valid UTF-8");
                continue;
            }
            JsonNode id = root == null ? null : root.get("id");
            JsonNode text = root == null ? null : root.get("text");
            if (id == null || !id.isString() || id.stringValue().isBlank()) {
                errors.add(file.getFileName() + ": no \"id\" string");
            } else if (text == null || !text.isString()) {
                errors.add(file.getFileName() + ": no \"text\" string");
            } else if (from.containsKey(id.stringValue())) {
                errors.add(file.getFileName() + ": id '" + id.stringValue() + "' is also the id of "
                        + from.get(id.stringValue()).getFileName());
            } else {
                texts.put(id.stringValue(), text.stringValue());
                from.put(id.stringValue(), file);
            }
        }
        return texts;
    }
}
