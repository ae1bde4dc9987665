package io.themescope.export;

import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Table} as RFC 4180 CSV (CRLF, quotes doubled, header row), a JSON array of
 * objects or NDJSON. Numbers are written as Java prints doubles, the same digits as the JSON API.
 */
final class TableWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TableWriter() {
    }

    static byte[] csv(Table t) {
        StringBuilder out = new StringBuilder();
        appendRow(out, t.columns().stream().map(Table.Column::name).map(Object.class::cast).toList());
        for (List<Object> row : t.rows()) {
            appendRow(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(values.get(i)));
        }
        out.append("\r\n");
    }

    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static byte[] json(Table t, boolean lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!lines) {
            bytes.write('[');
        }
        for (int r = 0; r < t.rows().size(); r++) {
            if (!lines && r > 0) {
                bytes.write(',');
            }
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                row.put(t.columns().get(i).name(), t.rows().get(r).get(i));
            }
            bytes.writeBytes(MAPPER.writeValueAsBytes(row));
            if (lines) {
                bytes.write('\n');
            }
        }
        if (!lines) {
            bytes.write(']');
        }
        return bytes.toByteArray();
    }
}
