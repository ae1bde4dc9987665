package io.themescope.clickhouse;

import io.themescope.support.ClickHouseTestSupport;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official JDBC driver and jOOQ against whatever ClickHouse the support class provides: values
 * of every type the application stores must come back exactly as written, and engine errors must
 * reach the caller with ClickHouse's code and message.
 */
class DriverRoundTripTest {

    static String db;
    static Connection conn;

    @BeforeAll
    static void setUp() throws SQLException {
        db = ClickHouseTestSupport.newDatabase("roundtrip");
        conn = ClickHouseTestSupport.connect(db);
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE values_rt (id UInt32, s String, d Date, ts DateTime64(3, 'UTC'), big UInt64,"
                    + " maybe Nullable(String), tags Array(String), flag Bool, score Float64)"
                    + " ENGINE = MergeTree ORDER BY id");
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    @Test
    void stringsDatesNumbersNullsAndArraysRoundTripThroughPreparedStatements() throws SQLException {
        String tricky = "it's a \"quoted\" line\nsecond line\ttab \\ backslash — ASEAN’s 統一 🌏";
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO values_rt (id, s, d, ts, big, maybe, tags, flag, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, 1);
            ps.setString(2, tricky);
            ps.setObject(3, LocalDate.of(2016, 5, 25));
            ps.setObject(4, LocalDateTime.of(2024, 11, 20, 9, 30, 15, 123_000_000));
            ps.setObject(5, new BigInteger("18446744073709551615"));
            ps.setNull(6, java.sql.Types.VARCHAR);
            ps.setObject(7, new String[] {"a'b", "", "ç"});
            ps.setBoolean(8, true);
            ps.setDouble(9, 0.1);
            ps.addBatch();
            ps.setInt(1, 2);
            ps.setString(2, "");
            ps.setObject(3, LocalDate.of(1970, 1, 1));
            ps.setObject(4, LocalDateTime.of(2006, 5, 9, 0, 0));
            ps.setObject(5, BigInteger.ZERO);
            ps.setString(6, "present");
            ps.setObject(7, new String[0]);
            ps.setBoolean(8, false);
            ps.setDouble(9, -1.5e300);
            ps.addBatch();
            ps.executeBatch();
        }
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, s, d, ts, big, maybe, tags, flag, score FROM values_rt WHERE id IN (1, 2) ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("s")).isEqualTo(tricky);
            assertThat(rs.getObject("d", LocalDate.class)).isEqualTo(LocalDate.of(2016, 5, 25));
            assertThat(rs.getObject("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 11, 20, 9, 30, 15, 123_000_000));
            assertThat(new BigInteger(rs.getString("big"))).isEqualTo(new BigInteger("18446744073709551615"));
            assertThat(rs.getString("maybe")).isNull();
            assertThat(rs.wasNull()).isTrue();
            Array tags = rs.getArray("tags");
            assertThat((Object[]) tags.getArray()).containsExactly("a'b", "", "ç");
            assertThat(rs.getBoolean("flag")).isTrue();
            assertThat(rs.getDouble("score")).isEqualTo(0.1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("s")).isEmpty();
            assertThat(rs.getObject("d", LocalDate.class)).isEqualTo(LocalDate.of(1970, 1, 1));
            assertThat(rs.getString("maybe")).isEqualTo("present");
            assertThat((Object[]) rs.getArray("tags").getArray()).isEmpty();
            assertThat(rs.getBoolean("flag")).isFalse();
            assertThat(rs.getDouble("score")).isEqualTo(-1.5e300);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void jooqBindsValuesAndReadsThemBack() {
        DSLContext dsl = DSL.using(conn, SQLDialect.CLICKHOUSE);
        var id = DSL.field(DSL.name("id"), Integer.class);
        var s = DSL.field(DSL.name("s"), String.class);
        var table = DSL.table(DSL.name("values_rt"));
        String evil = "x'); DROP TABLE values_rt; --";
        dsl.insertInto(table, id, s, DSL.field(DSL.name("d")), DSL.field(DSL.name("ts")), DSL.field(DSL.name("big")),
                        DSL.field(DSL.name("tags")), DSL.field(DSL.name("flag")), DSL.field(DSL.name("score")))
                .values(100, evil, LocalDate.of(2020, 12, 9), LocalDateTime.of(2020, 12, 9, 0, 0), 7L,
                        new String[] {"x"}, false, 1.0)
                .execute();
        assertThat(dsl.select(s).from(table).where(id.eq(100)).fetchOne(s)).isEqualTo(evil);
        assertThat(dsl.fetchCount(table)).isPositive();
    }

    @Test
    void emptyResultHasColumnsButNoRows() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, s FROM values_rt WHERE id = 4294967295")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("s");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void engineErrorsReachTheCallerWithCodeAndMessage() {
        assertThatThrownBy(() -> {
            try (Statement s = conn.createStatement()) {
                s.executeQuery("SELECT no_such_function_xyz(1)");
            }
        }).isInstanceOf(SQLException.class)
                .hasMessageContaining("Code: 46")
                .hasMessageContaining("no_such_function_xyz");
        assertThatThrownBy(() -> {
            try (Statement s = conn.createStatement()) {
                s.executeQuery("SELECT * FROM no_such_table_xyz");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("Code: 60");
    }

    @Test
    void manyRowsStreamBackInOrder() throws SQLException {
        List<Long> seen = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT number FROM numbers(50000)")) {
            while (rs.next()) {
                seen.add(rs.getLong(1));
            }
        }
        assertThat(seen).hasSize(50000);
        assertThat(seen.get(49999)).isEqualTo(49999L);
    }

    @Test
    void localDateTimeIsWrittenInTheJvmTimeZoneWhichIsWhyTheApplicationRunsInUtc() throws SQLException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Singapore"));
            try (Connection singapore = ClickHouseTestSupport.connect(db);
                 PreparedStatement ps = singapore.prepareStatement("INSERT INTO values_rt (id, ts) VALUES (?, ?)")) {
                ps.setInt(1, 300);
                ps.setObject(2, LocalDateTime.of(2024, 1, 1, 12, 0));
                ps.execute();
            }
            io.themescope.ThemeScopeApplication.useUtc();
            assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("UTC");
            try (Connection utc = ClickHouseTestSupport.connect(db);
                 PreparedStatement ps = utc.prepareStatement("INSERT INTO values_rt (id, ts) VALUES (?, ?)")) {
                ps.setInt(1, 301);
                ps.setObject(2, LocalDateTime.of(2024, 1, 1, 12, 0));
                ps.execute();
            }
        } finally {
            java.util.TimeZone.setDefault(original);
        }
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, toString(ts) FROM values_rt WHERE id IN (300, 301) ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).as("12:00 in a Singapore JVM is stored as 04:00 UTC").isEqualTo("2024-01-01 04:00:00.000");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("2024-01-01 12:00:00.000");
        }
    }

    @Test
    void metadataVersionLookupWorks() throws SQLException {
        assertThat(conn.getMetaData().getDatabaseProductVersion()).matches("\\d+\\.\\d+.*");
    }
}
