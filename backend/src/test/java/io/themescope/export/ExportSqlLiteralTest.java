package io.themescope.export;

import io.themescope.support.ClickHouseTestSupport;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export SQL is sent with its values written into the text, and ClickHouse treats a backslash in a
 * string literal as an escape: a series filter of {@code ADMM\} once ended the literal early (a 500,
 * and a way to append SQL). Every hostile string must read back from the engine exactly as given,
 * and tables handed back through values() must keep column names such as theme ids.
 */
class ExportSqlLiteralTest {

    private static final List<String> HOSTILE = List.of("ADMM\\", "\\' OR 1=1 --", "\\') OR 1=1) --",
            "'; DROP TABLE documents; --", "\\\\'", "a\u0000b", "line\nbreak\r\ttab", "\\N", "\\x41\\u0041",
            "\u202eevil", "e\u0301", "\uD83D\uDE00", "％ｓ", "{0} ?");

    /** A wide series has a column per theme id; format=parquet&layout=wide was a 500 for every request. */
    @Test
    void tablesWithThemeIdsAsColumnNamesRoundTrip() throws SQLException {
        Table t = new Table(List.of(new Table.Column("bucket", "String"), new Table.Column("arms-race", "Nullable(Float64)"),
                new Table.Column("women-peace-security", "UInt64")),
                List.of(java.util.Arrays.asList("2016", 1.5, 2L), java.util.Arrays.asList("2017\\'", null, 0L)));
        try (Connection c = ClickHouseTestSupport.connect("default"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(ExportSql.table(t))) {
            assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("arms-race");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("bucket")).isEqualTo("2016");
            assertThat(rs.getDouble("arms-race")).isEqualTo(1.5);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("bucket")).isEqualTo("2017\\'");
            assertThat(rs.getObject("arms-race")).isNull();
            assertThat(rs.next()).isFalse();
        }
        Table empty = new Table(t.columns(), List.of());
        try (Connection c = ClickHouseTestSupport.connect("default"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(ExportSql.table(empty))) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(3);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void inlinedStringsReadBackUnchanged() throws SQLException {
        try (Connection c = ClickHouseTestSupport.connect("default"); Statement st = c.createStatement()) {
            for (String s : HOSTILE) {
                String sql = ExportSql.RENDER.renderInlined(DSL.select(DSL.inline(s).as("v"), DSL.inline(1).as("n")));
                try (ResultSet rs = st.executeQuery(sql)) {
                    assertThat(rs.next()).as(sql).isTrue();
                    assertThat(rs.getString("v")).as(sql).isEqualTo(s);
                    assertThat(rs.getInt("n")).as(sql).isEqualTo(1);
                    assertThat(rs.next()).as(sql).isFalse();
                }
            }
        }
    }
}
