package io.themescope.clickhouse;

import com.zaxxer.hikari.HikariDataSource;
import io.themescope.support.ClickHouseTestSupport;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page sorted by two columns ({@code ORDER BY meeting_date, id LIMIT n OFFSET m}, as the document
 * list asks for it) over a table of several parts, read through a pool carrying the analytics
 * settings. The soak found chDB 26.5's top-K dynamic filtering comparing meeting_date with values
 * of id on such reads (code 38, "Cannot parse date ... while executing __topKFilter(meeting_date)").
 */
class TopKPagingTest {

    static String db;
    static HikariDataSource analytics;
    static DSLContext dsl;

    @BeforeAll
    static void setUp() throws SQLException {
        db = ClickHouseTestSupport.newDatabase("topkpaging");
        try (Connection c = ClickHouseTestSupport.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE docs (id String, meeting_date Date, title String) ENGINE = ReplacingMergeTree ORDER BY id");
            s.execute("SYSTEM STOP MERGES docs");
            s.execute("INSERT INTO docs SELECT concat('doc-', substring(hex(sipHash64(number)), 1, 20)),"
                    + " toDate('2006-01-01') + (number % 100) * 70, concat('title ', toString(number)) FROM numbers(5000)");
            for (int part = 1; part <= 6; part++) {
                s.execute("INSERT INTO docs SELECT concat('doc-', substring(hex(sipHash64(number)), 1, 20)),"
                        + " toDate('2006-01-01') + (number % 100) * 70, concat('title ', toString(number))"
                        + " FROM numbers(" + (5000 + part * 50) + ", 50)");
            }
        }
        analytics = ClickHouseTestSupport.guardedPool("top-k-paging-test", db,
                new ClickHouseProperties.GuardRails(Duration.ofSeconds(15), 200_000, 2_000_000_000L, 1_000, Duration.ofSeconds(5)));
        dsl = DSL.using(analytics, SQLDialect.CLICKHOUSE);
    }

    @AfterAll
    static void tearDown() {
        if (analytics != null) {
            analytics.close();
        }
    }

    @Test
    void everyPageSortedByDateThenIdComesBackWhole() {
        List<String> all = dsl.fetch("SELECT id FROM docs ORDER BY meeting_date ASC, id ASC").getValues(0, String.class);
        assertThat(all).hasSize(5300);
        for (int offset = 0; offset <= 400; offset += 5) {
            List<String> page = dsl.fetch("SELECT id, title, meeting_date FROM docs ORDER BY meeting_date ASC, id ASC LIMIT 20 OFFSET "
                    + offset).getValues(0, String.class);
            assertThat(page).as("offset " + offset).containsExactlyElementsOf(all.subList(offset, offset + 20));
        }
    }
}
