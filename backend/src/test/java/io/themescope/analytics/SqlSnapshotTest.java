package io.themescope.analytics;

import io.themescope.clickhouse.migrate.MigrationFiles;
import io.themescope.clickhouse.migrate.Migrator;
import io.themescope.compare.HostsSql;
import io.themescope.cooccurrence.CooccurrenceSql;
import io.themescope.cooccurrence.Scope;
import io.themescope.passages.PassageQuery;
import io.themescope.passages.PassageSql;
import io.themescope.series.SeriesSql;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.LineDiff;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The SQL every analytics query builder sends, inlined and compared with reviewed snapshots under
 * {@code snapshots/sql/}: a changed query is a visible diff in review, an absent filter leaves no
 * trace, and each statement also runs once on the migrated real engine, so no snapshot holds SQL
 * ClickHouse rejects. After an intended change: {@code -Dsnapshots.update=true}, then review the diff.
 */
class SqlSnapshotTest {

    private static final String RESOURCE_DIR = "snapshots/sql/";
    private static final Path SOURCE_DIR = Path.of("src/test/resources", RESOURCE_DIR);
    /** Formatted output keeps one clause per line, so a snapshot diff points at the clause that changed. */
    private static final DSLContext RENDER = DSL.using(SQLDialect.CLICKHOUSE, new Settings().withRenderFormatted(true));
    private static final int GENERATION = 3;
    private static final List<String> THEMES = List.of("arms-race", "unity");

    /** Every filter set: a period ending mid-year, one series, two hosts, two kinds. */
    private static final Filters FILTERED = Filters.parse("2014", "2016-06-30", List.of("ADMM"), List.of("LA", "MY"),
            List.of("joint-declaration", "speech"));
    private static final Filters UNFILTERED = Filters.none();
    private static final PassageQuery.Cursor CURSOR = new PassageQuery.Cursor(LocalDate.of(2015, 5, 20),
            "doc-00000000000000000001", 120, "arms-race");

    private static String db;
    private static Connection connection;
    private static DSLContext engine;

    @BeforeAll
    static void migrate() throws SQLException {
        db = ClickHouseTestSupport.newDatabase("sql_snapshots");
        connection = ClickHouseTestSupport.connect(db);
        engine = DSL.using(connection, SQLDialect.CLICKHOUSE);
        new Migrator(engine, db, "").migrate(MigrationFiles.load("classpath*:sql/V*.sql"));
        // one row per table that every filtered query matches, so the statements run over data, not only plan
        engine.execute("INSERT INTO meetings VALUES ('admm-9', 'ADMM', 9, '2015-05-20', 'day', 2015, 'MY',"
                + " 'Kuala Lumpur', false, NULL, [], false, '2024-01-01 00:00:00.000')");
        engine.execute("INSERT INTO documents VALUES ('doc-00000000000000000002', 'admm-9', 'ADMM', '2015-05-20', 'day',"
                + " 2015, 'MY', 'speech', 'T', NULL, NULL, 'en', 12, 'Arms race and unity.', 'h', '2026.11.1',"
                + " '2024-01-01 00:00:00.000', false)");
        engine.execute("INSERT INTO mentions VALUES (3, 'arms-race', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY',"
                + " 'speech', 'doc-00000000000000000002', 'Arms race', 0, 9, 'Arms race and unity.', 0, false, 1, NULL),"
                + " (3, 'unity', '2015-05-20', 'day', 2015, 'admm-9', 'ADMM', 'MY', 'speech',"
                + " 'doc-00000000000000000002', 'unity', 14, 19, 'Arms race and unity.', 0, false, 1, NULL)");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static PassageQuery passages(Filters filters, Bucketing bucketing, String bucket, PassageQuery.Cursor after) {
        return new PassageQuery(THEMES, filters, bucketing, bucket, 50, after);
    }

    private static Arguments snapshot(String name, Function<DSLContext, Select<?>> builder) {
        return Arguments.of(name, builder);
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                snapshot("series", d -> SeriesSql.query(d, THEMES, FILTERED, GENERATION, false, Bucketing.YEAR)),
                snapshot("series-unfiltered", d -> SeriesSql.query(d, THEMES, UNFILTERED, GENERATION, false, Bucketing.MEETING)),
                snapshot("series-share", d -> SeriesSql.query(d, THEMES, FILTERED, GENERATION, true, Bucketing.QUARTER)),
                snapshot("series-share-unfiltered", d -> SeriesSql.query(d, THEMES, UNFILTERED, GENERATION, true, Bucketing.MONTH)),
                snapshot("meeting-catalog", d -> MeetingCatalog.sql(d, FILTERED)),
                snapshot("meeting-catalog-unfiltered", d -> MeetingCatalog.sql(d, UNFILTERED)),
                snapshot("hosts", d -> HostsSql.query(d, THEMES, FILTERED, GENERATION)),
                snapshot("hosts-unfiltered", d -> HostsSql.query(d, THEMES, UNFILTERED, GENERATION)),
                snapshot("cooccurrence-pairs-sentence", d -> CooccurrenceSql.pairs(d, Scope.SENTENCE, FILTERED, GENERATION)),
                snapshot("cooccurrence-pairs-document-unfiltered",
                        d -> CooccurrenceSql.pairs(d, Scope.DOCUMENT, UNFILTERED, GENERATION)),
                snapshot("cooccurrence-theme-units-sentence",
                        d -> CooccurrenceSql.themeUnits(d, Scope.SENTENCE, FILTERED, GENERATION)),
                snapshot("cooccurrence-theme-units-document-unfiltered",
                        d -> CooccurrenceSql.themeUnits(d, Scope.DOCUMENT, UNFILTERED, GENERATION)),
                snapshot("cooccurrence-total-units-sentence",
                        d -> CooccurrenceSql.totalUnits(d, Scope.SENTENCE, FILTERED, GENERATION)),
                snapshot("cooccurrence-total-units-document-unfiltered",
                        d -> CooccurrenceSql.totalUnits(d, Scope.DOCUMENT, UNFILTERED, GENERATION)),
                snapshot("passages-page-unfiltered",
                        d -> PassageSql.page(d, passages(UNFILTERED, null, null, null), GENERATION)),
                snapshot("passages-page-year-bucket",
                        d -> PassageSql.page(d, passages(FILTERED, Bucketing.YEAR, "2015", null), GENERATION)),
                snapshot("passages-page-quarter-bucket-cursor",
                        d -> PassageSql.page(d, passages(FILTERED, Bucketing.QUARTER, "2015-Q2", CURSOR), GENERATION)),
                snapshot("passages-page-meeting-bucket-cursor",
                        d -> PassageSql.page(d, passages(UNFILTERED, Bucketing.MEETING, "admm-9", CURSOR), GENERATION)),
                snapshot("passages-page-cursor",
                        d -> PassageSql.page(d, passages(UNFILTERED, null, null, CURSOR), GENERATION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void matchesTheReviewedSnapshotAndRunsOnTheEngine(String name, Function<DSLContext, Select<?>> builder)
            throws IOException {
        String actual = RENDER.renderInlined(builder.apply(RENDER)).strip() + "\n";

        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name + ".sql"), actual, StandardCharsets.UTF_8);
        } else {
            String expected = read(name);
            if (expected == null) {
                fail("No snapshot " + RESOURCE_DIR + name + ".sql; review this statement and check it in"
                        + " (or run with -Dsnapshots.update=true):\n" + actual);
            }
            if (!expected.equals(actual)) {
                fail("SQL of " + name + " differs from " + RESOURCE_DIR + name + ".sql"
                        + " (- snapshot, + now):\n" + LineDiff.of(expected, actual)
                        + "\nWhole statement now:\n" + actual);
            }
        }
        // the engine must accept the statement exactly as checked in
        engine.fetch(actual);
    }

    @Test
    void absentFiltersLeaveNoCondition() {
        assertThat(RENDER.renderInlined(MeetingCatalog.sql(RENDER, UNFILTERED))).doesNotContainIgnoringCase("where");
        assertThat(UNFILTERED.onThemeCounts()).isEqualTo(DSL.noCondition());
        assertThat(UNFILTERED.onDocumentTotals()).isEqualTo(DSL.noCondition());
        assertThat(UNFILTERED.onMentions()).isEqualTo(DSL.noCondition());
        assertThat(UNFILTERED.onDocuments()).isEqualTo(DSL.noCondition());
        assertThat(UNFILTERED.onMeetings()).isEqualTo(DSL.noCondition());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SqlSnapshotTest.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
