package io.themescope.clickhouse.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The output format a statement really produces: a trailing {@code FORMAT name} clause wins over the
 * requested one, as in ClickHouse, which reports it in X-ClickHouse-Format. The JDBC driver picks its
 * result reader from that header, so naming the requested format instead would make it decode text
 * as RowBinary. Lexical only: top-level words outside strings, quoted names and comments.
 */
final class FormatClause {

    private FormatClause() {
    }

    /** The format the engine will write for {@code sql}, given the {@code requested} default. */
    static String outputFormat(byte[] sql, String requested) {
        if (LeadingKeyword.of(sql).equals("INSERT")) {
            return requested;
        }
        List<String> words = topLevelWords(new String(sql, StandardCharsets.UTF_8));
        for (int i = words.size() - 2; i >= 0; i--) {
            if (words.get(i).equalsIgnoreCase("FORMAT") && isName(words.get(i + 1))
                    && (i + 2 == words.size() || words.get(i + 2).equalsIgnoreCase("SETTINGS")
                        || words.get(i + 2).equals(";"))) {
                return words.get(i + 1);
            }
        }
        return requested;
    }

    private static boolean isName(String word) {
        char c = word.charAt(0);
        return Character.isLetter(c) || c == '_';
    }

    /**
     * Words and punctuation outside parentheses; strings, quoted identifiers and comments are skipped,
     * and a parenthesised group counts as one {@code (} token so {@code format(...)} is not a clause.
     */
    static List<String> topLevelWords(String sql) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < n && sql.charAt(j) != c) {
                    j += sql.charAt(j) == '\\' ? 2 : 1;
                }
                if (depth == 0) {
                    out.add(String.valueOf(c));
                }
                i = j + 1;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    out.add("(");
                }
                depth++;
                i++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                if (depth == 0) {
                    out.add(sql.substring(i, j));
                }
                i = j;
            } else {
                if (depth == 0) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }
}
