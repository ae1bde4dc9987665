package io.themescope.clickhouse.migrate;

import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No cluster is available to test against, so the cluster rendering of every real migration is pinned
 * by a reviewed snapshot (replicated local table with the original engine arguments, ON CLUSTER, a
 * Distributed table of the original name), each rendered statement must at least parse in the engine,
 * and DDL the renderer cannot place is refused by name.
 */
class ClusterDdlTest {

    static final String CLUSTER = "themescope_cluster";
    static final String DATABASE = "themescope";
    static final String SNAPSHOTS = "/snapshots/cluster/";

    @Test
    void everyMigrationRendersExactlyAsItsReviewedSnapshot() throws IOException {
        List<Migration> migrations = MigrationFiles.load("classpath*:sql/V*.sql");
        assertThat(migrations).isNotEmpty();
        for (Migration m : migrations) {
            String rendered = render(m);
            if (Boolean.getBoolean("snapshots.update")) {
                java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/snapshots/cluster", m.fileName());
                java.nio.file.Files.writeString(file, rendered, StandardCharsets.UTF_8);
                continue;
            }
            String expected = snapshot(m.fileName());
            assertThat(expected).as("no snapshot %s%s; the rendering is:%n%s", SNAPSHOTS, m.fileName(), rendered).isNotNull();
            assertThat(rendered).as(m.fileName()).isEqualTo(expected);
        }
    }

    @Test
    void everySnapshotBelongsToAMigration() throws IOException {
        Set<String> files = MigrationFiles.load("classpath*:sql/V*.sql").stream().map(Migration::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> snapshots = new TreeSet<>();
        for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:snapshots/cluster/*.sql")) {
            snapshots.add(r.getFilename());
        }
        assertThat(snapshots).isEqualTo(files);
    }

    /** EXPLAIN AST only parses, so the statements are checked whole, ON CLUSTER included, with no cluster. */
    @Test
    void everyRenderedStatementParses() throws SQLException {
        try (Connection c = ClickHouseTestSupport.connect("default"); Statement s = c.createStatement()) {
            for (Migration m : MigrationFiles.load("classpath*:sql/V*.sql")) {
                for (String statement : ClusterDdl.render(m.sql(), CLUSTER, DATABASE)) {
                    try (ResultSet rs = s.executeQuery("EXPLAIN AST " + statement)) {
                        assertThat(rs.next()).as(statement).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void createTableBecomesAReplicatedLocalTableAndADistributedOne() {
        assertThat(ClusterDdl.render("CREATE TABLE IF NOT EXISTS t (a UInt8) ENGINE = MergeTree ORDER BY a", "c", "db"))
                .containsExactly(
                        "CREATE TABLE IF NOT EXISTS t_local ON CLUSTER `c` (a UInt8) ENGINE = ReplicatedMergeTree("
                                + "'/clickhouse/tables/{shard}/db/t_local', '{replica}') ORDER BY a",
                        "CREATE TABLE IF NOT EXISTS t ON CLUSTER `c` AS t_local ENGINE = Distributed(`c`, 'db',"
                                + " 't_local', rand())");
    }

    @Test
    void engineArgumentsAreKeptAfterThePathAndReplicaEvenWhenNested() {
        assertThat(ClusterDdl.render("create table t (a UInt8, v UInt32, d UInt8) engine = ReplacingMergeTree(v, d)"
                + " order by a", "c", "db").getFirst())
                .isEqualTo("CREATE TABLE t_local ON CLUSTER `c` (a UInt8, v UInt32, d UInt8) ENGINE ="
                        + " ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/db/t_local', '{replica}', v, d)"
                        + " order by a");
        assertThat(ClusterDdl.render("CREATE TABLE t (a UInt8, ts DateTime) ENGINE = ReplacingMergeTree("
                + "toUnixTimestamp(ts), a) ORDER BY a", "c", "db").getFirst())
                .endsWith("ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/db/t_local', '{replica}',"
                        + " toUnixTimestamp(ts), a) ORDER BY a");
        assertThat(ClusterDdl.render("CREATE TABLE t (a UInt8) ENGINE = MergeTree() ORDER BY a", "c", "db").getFirst())
                .contains("ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/db/t_local', '{replica}') ORDER BY a");
    }

    @Test
    void theMigrationsTableItselfRendersForACluster() {
        assertThat(ClusterDdl.render("CREATE TABLE IF NOT EXISTS schema_migrations (version UInt32, description String,"
                + " checksum String, applied_at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY version", "c", "db").getFirst())
                .endsWith("ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/db/schema_migrations_local', '{replica}')"
                        + " ORDER BY version");
    }

    @Test
    void alterTableChangesTheLocalTableThenTheDistributedOne() {
        assertThat(ClusterDdl.render("ALTER TABLE meetings ADD COLUMN IF NOT EXISTS region String", CLUSTER, DATABASE))
                .containsExactly(
                        "ALTER TABLE meetings_local ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS region String",
                        "ALTER TABLE meetings ON CLUSTER `themescope_cluster` ADD COLUMN IF NOT EXISTS region String");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE VIEW v AS SELECT 1",
            "CREATE TABLE t (a UInt8) ENGINE = Memory",
            "CREATE TABLE themescope.t (a UInt8) ENGINE = MergeTree ORDER BY a",
            "CREATE TABLE t AS other ENGINE = MergeTree ORDER BY a",
            "DROP TABLE t",
            "DROP DATABASE themescope",
            "CREATE MATERIALIZED VIEW mv TO t AS SELECT 1 AS a"})
    void unsupportedDdlIsRefusedWithTheExactMessage(String sql) {
        assertThatThrownBy(() -> ClusterDdl.render(sql + "\nSETTINGS x = 1", CLUSTER, DATABASE))
                .isInstanceOf(MigrationException.class)
                .hasMessage("cannot render this statement for a cluster (only CREATE TABLE ... ENGINE = *MergeTree,"
                        + " CREATE MATERIALIZED VIEW ... TO, INSERT, ALTER TABLE and DROP TABLE/VIEW are supported): " + sql);
    }

    @Test
    void dropRemovesTheDistributedTableThenTheLocalOneOrTheViewOnEveryNode() {
        assertThat(ClusterDdl.render("DROP TABLE IF EXISTS agg", CLUSTER, DATABASE)).containsExactly(
                "DROP TABLE IF EXISTS agg ON CLUSTER `themescope_cluster` SYNC",
                "DROP TABLE IF EXISTS agg_local ON CLUSTER `themescope_cluster` SYNC");
        assertThat(ClusterDdl.render("drop view v", CLUSTER, DATABASE)).containsExactly(
                "DROP VIEW v ON CLUSTER `themescope_cluster` SYNC");
    }

    @Test
    void aMaterializedViewRunsOnEveryNodeBetweenLocalTables() {
        assertThat(ClusterDdl.render("CREATE MATERIALIZED VIEW IF NOT EXISTS v TO agg AS SELECT a, count() AS n FROM src"
                + " GROUP BY a", CLUSTER, DATABASE))
                .containsExactly("CREATE MATERIALIZED VIEW IF NOT EXISTS v ON CLUSTER `themescope_cluster` TO agg_local AS"
                        + " SELECT a, count() AS n FROM src_local GROUP BY a");
    }

    @Test
    void anInsertGoesThroughTheDistributedTables() {
        assertThat(ClusterDdl.render("INSERT INTO agg SELECT a FROM src", CLUSTER, DATABASE))
                .containsExactly("INSERT INTO agg SELECT a FROM src");
    }

    @Test
    void alreadyReplicatedEnginesAreRefused() {
        assertThatThrownBy(() -> ClusterDdl.render("CREATE TABLE t (a UInt8) ENGINE = ReplicatedMergeTree('/p', 'r')"
                + " ORDER BY a", CLUSTER, DATABASE))
                .isInstanceOf(MigrationException.class)
                .hasMessage("cannot render this statement for a cluster: its engine ReplicatedMergeTree is already"
                        + " replicated; write single-node DDL in sql/ and the cluster rendering replicates it:"
                        + " CREATE TABLE t (a UInt8) ENGINE = ReplicatedMergeTree('/p', 'r') ORDER BY a");
    }

    private static String render(Migration m) {
        return ClusterDdl.render(m.sql(), CLUSTER, DATABASE).stream().map(s -> s + ";\n")
                .collect(Collectors.joining("\n"));
    }

    private static String snapshot(String fileName) throws IOException {
        try (InputStream in = ClusterDdlTest.class.getResourceAsStream(SNAPSHOTS + fileName)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
