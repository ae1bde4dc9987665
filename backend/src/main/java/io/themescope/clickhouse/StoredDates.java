package io.themescope.clickhouse;

import java.time.LocalDate;

/**
 * The days a ClickHouse {@code Date} column can hold. Outside them the engine clamps a value without
 * a word (1950 is stored and compared as 1970-01-01) or cannot parse it at all (years before 1583
 * reach it as e.g. -0001-12-30), so every date from a client is checked against this range first.
 */
public final class StoredDates {

    public static final LocalDate MIN = LocalDate.of(1970, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2149, 6, 6);

    private StoredDates() {
    }

    public static boolean holds(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }
}
