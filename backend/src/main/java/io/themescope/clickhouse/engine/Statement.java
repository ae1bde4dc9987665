package io.themescope.clickhouse.engine;

import java.util.Map;

/**
 * One statement for the engine: SQL bytes, output format, database to switch to (nullable),
 * {@code {name:Type}} bindings, per-statement settings, and whether it must run read-only.
 */
public record Statement(byte[] sql, String format, String database, Map<String, String> params,
                        Map<String, String> settings, boolean readOnly) {
}
