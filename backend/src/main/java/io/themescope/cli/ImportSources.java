package io.themescope.cli;

import io.themescope.convert.Conversion;
import io.themescope.ingest.DocumentRequestParser;
import io.themescope.ingest.FileDocuments;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
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
 * .ndjson/.jsonl with one per line, .pdf/.html/.htm whose metadata comes from a manifest or the
 * command's flags; directories are searched) and turns each document into a parse result, labelled
 * "file:line" so a rejection points at its source. PDF and HTML files, and text files given metadata,
 * are converted exactly as an upload is ({@link FileDocuments}), their type declared by the name and
 * checked against the bytes.
 */
final class ImportSources {

    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".json", ".ndjson", ".jsonl", ".pdf", ".html",
            ".htm");
    /** Files that cannot carry a metadata header: their metadata comes from a manifest or flags. */
    static final List<String> FILE_EXTENSIONS = List.of(".pdf", ".html", ".htm");

    private final DocumentRequestParser parser;
    private final FileDocuments files;
    private final JsonMapper mapper = JsonMapper.builder().build();

    ImportSources(DocumentRequestParser parser, FileDocuments files) {
        this.parser = parser;
        this.files = files;
    }

    record Item(String label, DocumentRequestParser.Result result) {

        /** What the conversion of the item's file did, or null when it was not a converted file. */
        Conversion conversion() {
            return result.ok() && result.document().source() != null ? result.document().source().conversion() : null;
        }
    }

    static List<Path> expand(List<String> args) throws IOException {
        return expand(args, java.util.Set.of());
    }

    /** The files {@code args} name, directories searched, without those in {@code skip} (absolute, normalised). */
    static List<Path> expand(List<String> args, java.util.Set<Path> skip) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ImportSources::supported)
                            .filter(f -> !skip.contains(f.toAbsolutePath().normalize())).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                if (!supported(p)) {
                    throw new IllegalArgumentException(arg + ": unsupported file type; use " + String.join(", ", EXTENSIONS));
                }
                if (!skip.contains(p.toAbsolutePath().normalize())) {
                    files.add(p);
                }
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

    /** A file the converter reads (PDF, HTML, text, Markdown), given its metadata apart. */
    static boolean convertible(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return FILE_EXTENSIONS.stream().anyMatch(name::endsWith) || name.endsWith(".txt") || name.endsWith(".md");
    }

    /** The type a file's name declares; the converter checks it against the bytes. */
    static String declaredType(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        } else if (name.endsWith(".md")) {
            return "text/markdown";
        } else if (name.endsWith(".txt")) {
            return "text/plain";
        }
        return null;
    }

    /**
     * Converts {@code file} and reads {@code metadata} (a document without text) with it, as the
     * upload does; a file that cannot be converted is a rejected item with the upload's reasons.
     */
    Item readFile(Path file, String label, ObjectNode metadata) {
        try {
            if (Files.size(file) > files.maxFileSize()) {
                return new Item(label, new DocumentRequestParser.Result(null, files.tooLarge().errors()));
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Item(label, files.read(bytes, declaredType(file), file.getFileName().toString(),
                    mapper.writeValueAsBytes(metadata)));
        } catch (ApiValidationException e) {
            return new Item(label, new DocumentRequestParser.Result(null, e.errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Emits every document of {@code file} in order. NDJSON is read line by line. */
    void read(Path file, Consumer<Item> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (FILE_EXTENSIONS.stream().anyMatch(name::endsWith)) {
                sink.accept(new Item(file.toString(), new DocumentRequestParser.Result(null, List.of(new ApiError(
                        "metadata", "required", "a PDF or HTML file carries no metadata header; name it in a"
                        + " --manifest or import it alone with --meeting, --kind and --title")))));
            } else if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
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
