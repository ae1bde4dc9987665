package io.themescope.clickhouse.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of {@code sql/}: {@code V<version>__<description>.sql} holding exactly one ClickHouse
 * statement. The checksum covers the text with line endings normalised, so a checkout with CRLF
 * endings is the same migration, while any real edit is caught.
 */
public record Migration(int version, String description, String checksum, String sql, String fileName) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    public static Migration parse(String fileName, String content) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new MigrationException("migration file " + fileName
                    + " does not follow the naming rule V<number>__<description>.sql");
        }
        String normalised = content.replace("\r\n", "\n");
        String statement = SqlText.singleStatement(fileName, normalised);
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sha256(normalised),
                statement, fileName);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
