package io.themescope.clickhouse.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC driver chooses its result reader from X-ClickHouse-Format, so the bridge must name the
 * format the engine really wrote: a FORMAT clause wins over the requested one, while a column,
 * alias, function or string called format must not be mistaken for the clause.
 */
class FormatClauseTest {

    private static final String REQUESTED = "RowBinaryWithNamesAndTypes";

    @Test
    void trailingFormatClauseWins() {
        assertThat(output("SELECT 1 FORMAT TabSeparated")).isEqualTo("TabSeparated");
        assertThat(output("select 1 format JSONEachRow;")).isEqualTo("JSONEachRow");
        assertThat(output("SELECT 1 FORMAT JSON SETTINGS max_threads = 1")).isEqualTo("JSON");
        assertThat(output("SELECT 1 SETTINGS max_threads = 1 FORMAT CSVWithNames")).isEqualTo("CSVWithNames");
        assertThat(output("SELECT 1 FORMAT JSON -- trailing comment\n")).isEqualTo("JSON");
        assertThat(output("SELECT 1 /* c */ FORMAT /* c */ Parquet")).isEqualTo("Parquet");
    }

    @Test
    void withoutAClauseTheRequestedFormatStands() {
        assertThat(output("SELECT 1")).isEqualTo(REQUESTED);
        assertThat(output("SELECT format FROM t")).isEqualTo(REQUESTED);
        assertThat(output("SELECT x AS format")).isEqualTo(REQUESTED);
        assertThat(output("SELECT format('{} {}', 'a', 'b')")).isEqualTo(REQUESTED);
        assertThat(output("SELECT 'FORMAT JSON'")).isEqualTo(REQUESTED);
        assertThat(output("SELECT `FORMAT JSON`")).isEqualTo(REQUESTED);
        assertThat(output("SELECT 1 -- FORMAT JSON")).isEqualTo(REQUESTED);
        assertThat(output("SELECT * FROM (SELECT 1 FORMAT JSON)")).isEqualTo(REQUESTED);
        assertThat(output("SELECT x FROM t ORDER BY format SETTINGS a = 1")).isEqualTo(REQUESTED);
        assertThat(output("SELECT 'it\\'s' AS s")).isEqualTo(REQUESTED);
    }

    @Test
    void insertsKeepTheRequestedFormatBecauseTheirFormatDescribesTheInput() {
        assertThat(output("INSERT INTO t FORMAT JSONEachRow")).isEqualTo(REQUESTED);
        assertThat(output("INSERT INTO t FORMAT CSV\n1,2")).isEqualTo(REQUESTED);
    }

    private static String output(String sql) {
        return FormatClause.outputFormat(sql.getBytes(StandardCharsets.UTF_8), REQUESTED);
    }
}
