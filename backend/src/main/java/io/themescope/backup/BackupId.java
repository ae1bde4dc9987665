package io.themescope.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A backup's id is also its directory's name, so it is generated (UTC time and a random suffix,
 * sortable by age) and every id read back is checked against the same shape before it is used as
 * a path: nothing like "../x" can reach the file system through it.
 */
final class BackupId {

    private static final Pattern SHAPE = Pattern.compile("ts-\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BackupId() {
    }

    static String create(Instant now) {
        return "ts-" + TIME.format(now) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt() & 0xffffff, 6);
    }

    static boolean valid(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
