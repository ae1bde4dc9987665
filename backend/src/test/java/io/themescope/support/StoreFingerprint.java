package io.themescope.support;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is stored, read with SQL on the engine itself: per table a row count and a checksum of every
 * column, unchanged by background merges (FINAL for replacing tables, aggregates merged per key),
 * so a test sees any row a request added or lost. Aggregates against a recount: {@link StoreInvariants}.
 */
public final class StoreFingerprint {

    private static final String TMC_KEYS = "generation, theme, meeting_id, meeting_date, date_precision, series,"
            + " host_country, kind, synthetic";
    private static final String DMT_KEYS = "meeting_id, meeting_date, date_precision, series, host_country, kind, synthetic";

    /** A row count and a checksum; formatRow, not the columns: a NULL in any column would make the hash NULL. */
    private static final String PRINT = "SELECT count(), sum(cityHash64(formatRow('TSV', *))) FROM ";

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("documents", PRINT + "documents FINAL");
        TABLES.put("meetings", PRINT + "meetings FINAL");
        TABLES.put("mentions", PRINT + "mentions");
        TABLES.put("index_state", PRINT + "index_state FINAL");
        TABLES.put("theme_meeting_counts", PRINT + "(SELECT " + TMC_KEYS + ", sum(mentions) AS m,"
                + " sum(documents) AS d FROM theme_meeting_counts GROUP BY " + TMC_KEYS + ")");
        TABLES.put("document_meeting_totals", PRINT + "(SELECT " + DMT_KEYS + ", sum(documents) AS n, sum(words) AS w"
                + " FROM document_meeting_totals GROUP BY " + DMT_KEYS + ")");
    }

    private StoreFingerprint() {
    }

    /** Table name → "rows/checksum", in one round trip. */
    public static Map<String, String> of(DSLContext dsl) {
        String sql = String.join(" UNION ALL ", TABLES.entrySet().stream()
                .map(e -> "SELECT '" + e.getKey() + "' AS t, * FROM (" + e.getValue() + ")").toList());
        Map<String, String> found = new java.util.HashMap<>();
        for (Record r : dsl.fetch(sql)) {
            found.put(r.get(0, String.class), r.get(1, String.class) + "/" + r.get(2, String.class));
        }
        Map<String, String> out = new LinkedHashMap<>();
        TABLES.keySet().forEach(t -> out.put(t, found.get(t)));
        return out;
    }

    public static long rows(DSLContext dsl, String table) {
        return dsl.fetchOne("SELECT count() FROM " + table + (table.equals("mentions") ? "" : " FINAL")).get(0, Long.class);
    }
}
