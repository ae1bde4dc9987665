package io.themescope.cli;

import io.themescope.themes.Mention;
import io.themescope.themes.MentionExtractor;
import io.themescope.themes.Tally;
import io.themescope.themes.TaxonomyLoader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code extract [--counts] FILE...}: a dry run of the taxonomy that stores nothing and needs no
 * database. Prints one JSON object per document (NDJSON): source, words, theme counts and, unless
 * --counts, every mention. Plain text streams through the extractor, so file size does not matter.
 */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static int run(List<String> operands, List<String> options, PrintStream out, PrintStream err) throws IOException {
        boolean countsOnly = options.contains("--counts");
        String taxonomyFile = options.stream().filter(o -> o.startsWith("--themescope.themes.file="))
                .map(o -> o.substring("--themescope.themes.file=".length())).findFirst().orElse(null);
        for (String o : options) {
            if (!o.equals("--counts") && !o.startsWith("--themescope.themes.file=")) {
                throw new IllegalArgumentException("unknown option " + o + " (extract takes --counts and"
                        + " --themescope.themes.file=PATH)");
            }
        }
        if (operands.isEmpty()) {
            err.println("usage: extract [--counts] FILE...");
            return 2;
        }
        MentionExtractor extractor = MentionExtractor.of(taxonomyFile == null
                ? TaxonomyLoader.loadDefault() : TaxonomyLoader.load(Path.of(taxonomyFile)));
        JsonMapper mapper = JsonMapper.builder().build();
        try (JsonGenerator json = mapper.createGenerator(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            for (String operand : operands) {
                Path file = Path.of(operand);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(operand + ": no such file");
                }
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                    try (BufferedReader r = utf8(file)) {
                        String line;
                        int n = 0;
                        while ((line = r.readLine()) != null) {
                            n++;
                            if (!line.isBlank()) {
                                emitText(json, extractor, file + ":" + n, textOf(mapper.readTree(line), file + ":" + n),
                                        countsOnly);
                            }
                        }
                    }
                } else if (name.endsWith(".json")) {
                    JsonNode root = mapper.readTree(file.toFile());
                    if (root.isArray()) {
                        int i = 0;
                        for (JsonNode node : root) {
                            i++;
                            emitText(json, extractor, file + "#" + i, textOf(node, file + "#" + i), countsOnly);
                        }
                    } else {
                        emitText(json, extractor, file.toString(), textOf(root, file.toString()), countsOnly);
                    }
                } else {
                    try (BufferedReader r = utf8(file)) {
                        skipHeader(r);
                        emit(json, extractor, file.toString(), r, countsOnly);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static BufferedReader utf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
    }

    private static String textOf(JsonNode node, String source) {
        JsonNode text = node == null ? null : node.get("text");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException(source + ": no \"text\" string");
        }
        return text.stringValue();
    }

    /** Skips a leading "---" metadata block so offsets match the stored text; a file without one is all text. */
    private static void skipHeader(BufferedReader r) throws IOException {
        r.mark(1 << 16);
        String first = r.readLine();
        if (first == null || !first.strip().equals("---")) {
            r.reset();
            return;
        }
        String line;
        int read = first.length() + 1;
        while ((line = r.readLine()) != null) {
            read += line.length() + 1;
            if (line.strip().equals("---")) {
                return;
            }
            if (read > (1 << 15)) {
                break;
            }
        }
        r.reset();
    }

    private static void emitText(JsonGenerator json, MentionExtractor extractor, String source, String text,
                                 boolean countsOnly) throws IOException {
        emit(json, extractor, source, new StringReader(text), countsOnly);
    }

    private static void emit(JsonGenerator json, MentionExtractor extractor, String source, Reader in,
                             boolean countsOnly) throws IOException {
        json.writeStartObject();
        json.writeStringProperty("source", source);
        Tally tally;
        if (countsOnly) {
            tally = extractor.extractCounts(in);
        } else {
            json.writeName("mentions");
            json.writeStartArray();
            tally = extractor.extract(in, (Mention m) -> {
                json.writeStartObject();
                json.writeStringProperty("theme", m.themeId());
                json.writeStringProperty("term", m.term());
                json.writeNumberProperty("start", m.start());
                json.writeNumberProperty("end", m.end());
                json.writeStringProperty("sentence", m.sentence().text());
                json.writeEndObject();
            });
            json.writeEndArray();
        }
        json.writeNumberProperty("words", tally.words());
        json.writeName("themes");
        json.writeStartObject();
        for (Map.Entry<String, Long> e : tally.counts().entrySet()) {
            if (e.getValue() > 0) {
                json.writeNumberProperty(e.getKey(), e.getValue());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
