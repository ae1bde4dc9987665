package io.themescope.clickhouse.engine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The first keyword of a statement, after whitespace and comments. The engine's sessions outlive
 * a request while ClickHouse's HTTP requests do not, so statements that would change a session
 * (SET, USE) are refused rather than silently leaking into later requests.
 */
final class LeadingKeyword {

    private LeadingKeyword() {
    }

    static String of(byte[] sql) {
        int i = 0;
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
        int start = i;
        while (i < n && (Character.isLetter(sql[i]) || sql[i] == '_')) {
            i++;
        }
        return new String(sql, start, i - start, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
    }

    static void refuseSessionStatements(byte[] sql) {
        String keyword = of(sql);
        if (keyword.equals("SET")) {
            throw new BridgeException(400, 1, "SET statements are not supported by the embedded HTTP interface,"
                    + " which has no sessions; pass settings as URL parameters");
        }
        if (keyword.equals("USE")) {
            throw new BridgeException(400, 1, "USE statements are not supported by the embedded HTTP interface,"
                    + " which has no sessions; pass the database parameter or X-ClickHouse-Database header");
        }
    }
}
