package io.themescope.cli;

import io.themescope.ingest.DocumentRequestParser;
import io.themescope.web.ApiError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds importable files (.txt/.md with a metadata header, .json with one document or an array,
 * .ndjson/.jsonl with one per line; directories are searched) and turns each document into a parse
 * result, labelled "file:line" so a rejection points at its source.
 */
final class ImportSources {

    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json", ".ndjson", ".jsonl");

    private final DocumentRequestParser parser;
    private final JsonMapper mapper = JsonMapper.builder().build();

    ImportSources(DocumentRequestParser parser) {
        this.parser = parser;
    }

    record Item(String label, DocumentRequestParser.Result result) {
    }

    static List<Path> expand(List<String> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ImportSources::supported).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                if (!supported(p)) {
                    throw new IllegalArgumentException(arg + ": unsupported file type; use " + String.join(", ", EXTENSIONS));
                }
                files.add(p);
            } else {
                throw new IllegalArgumentException(arg + ": no such file or directory");
            }
        }
        return files;
    }

    static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Emits every document of {@code file} in order. NDJSON is read line by line. */
    void read(Path file, Consumer<Item> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
                    String line;
                    int n = 0;
                    while ((line = reader.readLine()) != null) {
                        n++;
                        if (!line.isBlank()) {
                            sink.accept(new Item(file + ":" + n, parser.parse(line.getBytes(StandardCharsets.UTF_8))));
                        }
                    }
                }
            } else if (name.endsWith(".json")) {
                byte[] bytes = Files.readAllBytes(file);
                JsonNode root;
                try {
                    root = mapper.readTree(bytes);
                } catch (RuntimeException e) {
                    sink.accept(new Item(file.toString(), parser.parse(bytes)));
                    return;
                }
                if (root != null && root.isArray()) {
                    int i = 0;
                    for (JsonNode node : root) {
                        i++;
                        sink.accept(new Item(file + "#" + i, node.isObject() ? parser.parse(node)
                                : new DocumentRequestParser.Result(null, List.of(new ApiError("body", "json-object",
                                "The body must be a JSON object.")))));
                    }
                } else {
                    sink.accept(new Item(file.toString(), parser.parse(bytes)));
                }
            } else {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                try {
                    sink.accept(new Item(file.toString(), parser.parse(FrontMatter.toJson(content))));
                } catch (FrontMatter.HeaderException e) {
                    sink.accept(new Item(file.toString(), new DocumentRequestParser.Result(null,
                            List.of(new ApiError("header", "front-matter", e.getMessage())))));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            sink.accept(new Item(file.toString(), new DocumentRequestParser.Result(null,
                    List.of(new ApiError("body", "utf-8", "The file is not valid UTF-8.")))));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
