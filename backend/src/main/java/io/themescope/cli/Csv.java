package io.themescope.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader for import manifests: fields separated by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""}); CRLF or LF ends a record. Each record
 * keeps the line it starts on, so a bad row is reported where an editor shows it.
 */
final class Csv {

    record Row(int line, List<String> fields) {
    }

    /** Thrown for a quoted field that is never closed or has text after its closing quote. */
    static final class CsvException extends RuntimeException {
        CsvException(String message) {
            super(message);
        }
    }

    private Csv() {
    }

    /** Every record of {@code text}; blank lines are skipped (they still count for line numbers). */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int i = 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean end = false;
            while (!end) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new CsvException("line " + start + ": a quoted field is not closed");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new CsvException("line " + line + ": text after a closing quote");
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        field.append(text.charAt(i++));
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    end = true;
                }
            }
            if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                rows.add(new Row(start, List.copyOf(fields)));
            }
        }
        return rows;
    }
}
