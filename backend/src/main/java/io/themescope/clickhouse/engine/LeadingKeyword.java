package io.themescope.clickhouse.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first keywords of a statement, after whitespace and comments. The engine's sessions outlive
 * a request while ClickHouse's HTTP requests do not, so statements that would change a session
 * (SET, USE, CREATE TEMPORARY TABLE) are refused rather than silently leaking into later requests.
 */
final class LeadingKeyword {

    private LeadingKeyword() {
    }

    /** The first keyword in upper case, or "" when the statement does not start with one. */
    static String of(byte[] sql) {
        List<String> words = first(sql, 1);
        return words.isEmpty() ? "" : words.getFirst();
    }

    /** Up to {@code count} leading keywords in upper case, stopping at the first non-word token. */
    static List<String> first(byte[] sql, int count) {
        List<String> words = new ArrayList<>(count);
        int i = 0;
        int n = sql.length;
        while (words.size() < count) {
            i = skipSpaceAndComments(sql, i);
            int start = i;
            while (i < n && (Character.isLetter(sql[i]) || sql[i] == '_')) {
                i++;
            }
            if (i == start) {
                break;
            }
            words.add(new String(sql, start, i - start, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT));
        }
        return words;
    }

    private static int skipSpaceAndComments(byte[] sql, int from) {
        int i = from;
        int n = sql.length;
        while (i < n) {
            byte b = sql[i];
            if (Character.isWhitespace(b) || b == '(') {
                i++;
            } else if (b == '-' && i + 1 < n && sql[i + 1] == '-' || b == '#') {
                while (i < n && sql[i] != '\n') {
                    i++;
                }
            } else if (b == '/' && i + 1 < n && sql[i + 1] == '*') {
                i += 2;
                while (i + 1 < n && !(sql[i] == '*' && sql[i + 1] == '/')) {
                    i++;
                }
                i += 2;
            } else {
                break;
            }
        }
        return Math.min(i, n);
    }

    static void refuseSessionStatements(byte[] sql) {
        List<String> words = first(sql, 4);
        String keyword = words.isEmpty() ? "" : words.getFirst();
        if (keyword.equals("SET")) {
            throw new BridgeException(400, 1, "SET statements are not supported by the embedded HTTP interface,"
                    + " which has no sessions; pass settings as URL parameters");
        }
        if (keyword.equals("USE")) {
            throw new BridgeException(400, 1, "USE statements are not supported by the embedded HTTP interface,"
                    + " which has no sessions; pass the database parameter or X-ClickHouse-Database header");
        }
        if (keyword.equals("CREATE") && (words.indexOf("TEMPORARY") == 1 || words.indexOf("TEMPORARY") == 3
                && words.get(1).equals("OR") && words.get(2).equals("REPLACE"))) {
            throw new BridgeException(400, 1, "temporary tables are not supported by the embedded HTTP interface,"
                    + " which has no sessions; create an ordinary table and drop it when done");
        }
    }
}
