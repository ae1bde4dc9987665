package io.themescope.clickhouse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where analytics guard rails are defined: read-only (readonly=2 still lets the
 * driver pass settings), a time limit, a result-row limit that fails loudly rather than truncating
 * silently, and a memory cap. They travel as server settings on every analytics connection.
 */
public final class GuardRails {

    private static final String PARALLEL_FORMATTING = "output_format_parallel_formatting";

    private GuardRails() {
    }

    public static Map<String, String> settings(ClickHouseProperties.GuardRails rails) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("readonly", "2");
        s.put("max_execution_time", Long.toString(Math.max(1, rails.maxExecutionTime().toSeconds())));
        s.put("max_result_rows", Long.toString(rails.maxResultRows()));
        s.put("result_overflow_mode", "throw");
        s.put("max_memory_usage", Long.toString(rails.maxMemoryUsage()));
        // not a rail: chDB 26.5 turns top-K dynamic filtering on, and with ORDER BY date, id ... LIMIT
        // OFFSET over several parts it compares the date with values of id and fails (code 38);
        // the setting exists since 25.12, so servers of the compose tag (26.3) accept it too
        s.put("use_top_k_dynamic_filtering", "0");
        // not a rail either: no table here has projections, and looking for one that could answer
        // the query cost about half a millisecond of planning on every analytics SELECT (measured)
        s.put("optimize_use_projections", "0");
        // the same kind of saving: the tables read here are small and sorted by what the queries
        // filter on, so neither moving conditions to PREWHERE nor caching which granules matched a
        // condition pays back its planning; together about 0.3 ms of every SELECT (measured)
        s.put("optimize_move_to_prewhere", "0");
        s.put("use_query_condition_cache", "0");
        // analytics answers are small (a row per bucket and theme, a page of passages); formatting
        // them in parallel hands each one to a collector thread and formatter threads of the engine's
        // pool, which cost more than the formatting: without it the engine answered 20-25% more
        // series queries per second on two cores (measured, two sessions in-process)
        s.put(PARALLEL_FORMATTING, "0");
        return s;
    }

    /**
     * Exports stream every matching row, so the row limit is the export one; the other rails stay.
     */
    public static Map<String, String> exportSettings(ClickHouseProperties.GuardRails rails) {
        Map<String, String> s = settings(rails);
        // exports are the large answers parallel formatting is for
        s.remove(PARALLEL_FORMATTING);
        s.put("max_result_rows", Long.toString(rails.maxExportRows()));
        s.put("max_execution_time", Long.toString(Math.max(1, rails.maxExportTime().toSeconds())));
        return s;
    }
}
