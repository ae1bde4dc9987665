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
 * A store written before V017 gets the totals rows of its current generation (the latest in
 * index_state) from its documents, exactly; an earlier generation gets none, and a store that never
 * started (no index_state row, no documents) gets none either.
 */
class GenerationTotalsUpgradeTest {

    private static final String DOCUMENT = "INSERT INTO documents (id, meeting_id, series, meeting_date, date_precision,"
            + " year, host_country, kind, title, language, words, text, content_hash, taxonomy_version, ingested_at,"
            + " synthetic) VALUES ";

    @Test
    void theCurrentGenerationGetsTheTotalsOfEveryStoredDocument() throws Exception {
        String db = ClickHouseTestSupport.newDatabase("totals_upgrade");
        try (Connection conn = ClickHouseTestSupport.connect(db)) {
            DSLContext dsl = DSL.using(conn, SQLDialect.CLICKHOUSE);
            List<Migration> all = MigrationFiles.load("classpath*:sql/V*.sql");
            Migrator migrator = new Migrator(dsl, db, "");
            migrator.migrate(all.stream().filter(m -> m.version() <= 16).toList());
            dsl.execute("INSERT INTO index_state VALUES ('mentions', 1, 'old', '2026-01-01 00:00:00.000'),"
                    + " ('mentions', 2, 'new', '2026-02-01 00:00:00.000')");
            dsl.execute(DOCUMENT
                    + "('d1', 'admm-9', 'ADMM', '2015-05-20', 'day', 2015, 'MY', 'speech', 't', 'en', 120, 'x', 'h1', 'v', '2026-01-01 00:00:00.000', false),"
                    + "('d2', 'admm-9', 'ADMM', '2015-05-20', 'day', 2015, 'MY', 'speech', 't', 'en', 80, 'x', 'h2', 'v', '2026-01-01 00:00:00.000', false),"
                    + "('d3', 'admm-plus-4', 'ADMM-Plus', '2017-01-01', 'year', 2017, 'PH', 'press-report', 't', 'en', 50, 'x', 'h3', 'v', '2026-01-01 00:00:00.000', true)");

            assertThat(migrator.migrate(all)).containsExactly(17, 18, 19, 20);

            assertThat(dsl.fetch("SELECT generation, meeting_id, kind, synthetic, toUInt64(sum(mentions)),"
                            + " toUInt64(sum(documents)), toUInt64(sum(words)) FROM theme_meeting_counts WHERE theme = ''"
                            + " GROUP BY generation, meeting_id, kind, synthetic ORDER BY generation, meeting_id")
                    .map(r -> r.intoList().stream().map(String::valueOf).reduce((a, b) -> a + "|" + b).orElseThrow()))
                    .containsExactly("2|admm-9|speech|false|0|2|200", "2|admm-plus-4|press-report|true|0|1|50");
            assertThat(StoreInvariants.generationTotals(dsl)).containsExactlyElementsOf(StoreInvariants.totalsRecount(dsl));
        }
    }

    @Test
    void aStoreThatNeverStartedGetsNoTotalsRows() throws Exception {
        String db = ClickHouseTestSupport.newDatabase("totals_fresh");
        try (Connection conn = ClickHouseTestSupport.connect(db)) {
            DSLContext dsl = DSL.using(conn, SQLDialect.CLICKHOUSE);
            new Migrator(dsl, db, "").migrate(MigrationFiles.load("classpath*:sql/V*.sql"));
            assertThat(((Number) dsl.fetchValue("SELECT count() FROM theme_meeting_counts")).longValue()).isZero();
        }
    }
}
