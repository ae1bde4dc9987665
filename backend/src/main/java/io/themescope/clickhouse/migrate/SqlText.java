package io.themescope.clickhouse.migrate;

/**
 * Strips comments from a migration file and checks it holds one statement. ClickHouse's HTTP
 * interface runs one statement per request, and one change per file keeps a failed migration
 * from leaving half of a file applied.
 */
final class SqlText {

    private SqlText() {
    }

    static String singleStatement(String fileName, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        int statementEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                out.append(' ');
                continue;
            }
            if (c == '\'' || c == '`' || c == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(text, i, Math.min(j + 1, n));
                i = j + 1;
                continue;
            }
            if (c == ';') {
                statementEnd = out.length();
                i++;
                continue;
            }
            if (statementEnd >= 0 && !Character.isWhitespace(c)) {
                throw new MigrationException("migration file " + fileName
                        + " holds more than one statement; put each change in its own file");
            }
            out.append(c);
            i++;
        }
        String sql = out.toString().strip();
        if (sql.isEmpty()) {
            throw new MigrationException("migration file " + fileName + " holds no statement");
        }
        return sql;
    }
}
