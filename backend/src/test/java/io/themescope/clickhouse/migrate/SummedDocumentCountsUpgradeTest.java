package io.themescope.clickhouse.migrate;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.StoreInvariants;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written before V011 (document counts kept as uniqExact states, mentions without marks)
 * keeps exact document counts through V011–V016, and mentions written after the upgrade add to
 * them through the marks: the aggregate equals a recount from raw rows before and after.
 */
class SummedDocumentCountsUpgradeTest {

    @Test
    void countsStayExactAcrossTheUpgradeAndLaterInserts() throws Exception {
        String db = ClickHouseTestSupport.newDatabase("upgrade");
        try (Connection conn = ClickHouseTestSupport.connect(db)) {
            DSLContext dsl = DSL.using(conn, SQLDialect.CLICKHOUSE);
            List<Migration> all = MigrationFiles.load("classpath*:sql/V*.sql");
            Migrator migrator = new Migrator(dsl, db, "");
            migrator.migrate(all.stream().filter(m -> m.version() <= 10).toList());
            // two documents mention arms-race in one meeting, one of them twice, in two inserts
            dsl.execute("INSERT INTO mentions VALUES"
                    + " (1, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech', 'd1', 'arms race', 0, 9, 's', 0, false),"
                    + " (1, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech', 'd1', 'arms race', 20, 29, 's', 0, false)");
            dsl.execute("INSERT INTO mentions VALUES"
                    + " (1, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech', 'd2', 'arms race', 0, 9, 's', 0, false)");

            assertThat(migrator.migrate(all.stream().filter(m -> m.version() <= 16).toList()))
                    .containsExactly(11, 12, 13, 14, 15, 16);
            assertThat(counts(dsl)).containsExactly("arms-race|3|2");

            // written the way the application writes: the first mention of the theme in d3 is marked
            dsl.execute("INSERT INTO mentions (generation, theme, meeting_date, date_precision, year, meeting_id, series,"
                    + " host_country, kind, document_id, term, start, end, sentence, sentence_start, synthetic,"
                    + " first_in_document) VALUES"
                    + " (1, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech', 'd3', 'arms race', 0, 9, 's', 0, false, 1),"
                    + " (1, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech', 'd3', 'arms race', 30, 39, 's', 0, false, 0)");
            assertThat(counts(dsl)).containsExactly("arms-race|5|3");
            assertThat(StoreInvariants.themeAggregate(dsl)).containsExactlyElementsOf(StoreInvariants.themeRecount(dsl));
            assertThat(((Number) dsl.fetchValue("SELECT count() FROM system.tables WHERE database = currentDatabase()"
                    + " AND name = 'theme_meeting_counts' AND create_table_query LIKE '%uniqExact%'")).longValue()).isZero();
        }
    }

    private static List<String> counts(DSLContext dsl) {
        return dsl.fetch("SELECT theme, toUInt64(sum(mentions)), toUInt64(sum(documents)) FROM theme_meeting_counts"
                        + " GROUP BY theme ORDER BY theme")
                .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2));
    }
}
