package io.themescope.cli;

import io.themescope.web.ApiError;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An import manifest: a CSV file whose header names the columns and whose rows give the metadata of
 * files that cannot carry a header (PDF, HTML). {@code file} is relative to the manifest's folder;
 * the other columns are the document's fields, {@code meeting.*} for the meeting's facts. An empty
 * cell leaves its field out. A row that names no readable file is an entry with errors, so the other
 * rows are still imported; a manifest that cannot be read at all is a usage error.
 */
final class Manifest {

    static final Set<String> COLUMNS = new LinkedHashSet<>(List.of("file", "meetingId", "meeting.series",
            "meeting.number", "meeting.date", "meeting.hostCountry", "meeting.hostCity", "meeting.title", "kind",
            "title", "publishedOn", "sourceUrl", "language"));

    /** One row: the file it names (null when it names none), its metadata, or why it cannot be read. */
    record Entry(int line, String fileName, Path file, ObjectNode metadata, List<ApiError> errors) {
    }

    private Manifest() {
    }

    static List<Entry> read(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException(manifest + ": no such manifest file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(manifest))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(manifest + ": the manifest is not valid UTF-8");
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (Csv.CsvException e) {
            throw new IllegalArgumentException(manifest + ": " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(manifest + ": the manifest has no header row");
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException(manifest + ": unknown column \"" + column + "\"; the columns are "
                        + String.join(", ", COLUMNS));
            }
        }
        if (new LinkedHashSet<>(header).size() != header.size()) {
            throw new IllegalArgumentException(manifest + ": a column is named twice in the header");
        }
        if (!header.contains("file")) {
            throw new IllegalArgumentException(manifest + ": the header has no \"file\" column");
        }
        Path folder = manifest.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            entries.add(entry(folder, header, row));
        }
        return entries;
    }

    private static Entry entry(Path folder, List<String> header, Csv.Row row) {
        if (row.fields().size() != header.size()) {
            return new Entry(row.line(), null, null, null, List.of(new ApiError("row", "columns", "the row has "
                    + row.fields().size() + " fields; the header has " + header.size() + ".")));
        }
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        String fileName = null;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = row.fields().get(i).strip();
            if (column.equals("file")) {
                fileName = value;
            } else if (!value.isEmpty()) {
                if (column.startsWith("meeting.")) {
                    ObjectNode meeting = metadata.has("meeting") ? (ObjectNode) metadata.get("meeting")
                            : metadata.putObject("meeting");
                    String key = column.substring("meeting.".length());
                    if (key.equals("number") && value.matches("\\d{1,9}")) {
                        meeting.put(key, Integer.parseInt(value));
                    } else {
                        meeting.put(key, value);
                    }
                } else {
                    metadata.put(column, value);
                }
            }
        }
        if (fileName == null || fileName.isEmpty()) {
            return new Entry(row.line(), null, null, null, List.of(new ApiError("file", "required",
                    "file is required: the path of the document, relative to the manifest's folder.")));
        }
        Path file = folder.resolve(fileName).normalize();
        if (!Files.isRegularFile(file)) {
            return new Entry(row.line(), fileName, null, null, List.of(new ApiError("file", "exists",
                    "no such file: " + fileName + ".")));
        }
        if (!ImportSources.convertible(file)) {
            return new Entry(row.line(), fileName, null, null, List.of(new ApiError("file", "type",
                    "a manifest names .pdf, .html, .htm, .txt or .md files; " + fileName
                            + " carries its own metadata or is not supported.")));
        }
        return new Entry(row.line(), fileName, file, metadata, List.of());
    }
}
