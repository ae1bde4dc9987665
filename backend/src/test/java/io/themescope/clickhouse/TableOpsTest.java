package io.themescope.clickhouse;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partition drops and deletions must reach the shards' local tables on a cluster and the table
 * itself on one node. No cluster runs here, so this checks the statements as ClickHouse receives them.
 */
class TableOpsTest {

    private final List<String> sent = new ArrayList<>();

    private DSLContext recording() {
        return DSL.using(new MockConnection(ctx -> {
            sent.add(ctx.sql());
            return new MockResult[] {new MockResult(0)};
        }), SQLDialect.CLICKHOUSE, new Settings().withStatementType(org.jooq.conf.StatementType.STATIC_STATEMENT));
    }

    private static TableOps ops(String cluster) {
        return new TableOps(new ClickHouseProperties(ClickHouseProperties.Mode.SERVER, "themescope", "http://x:8123",
                "default", "", cluster, "", "", null, null));
    }

    @Test
    void singleNodeStatementsHitTheTable() {
        DSLContext dsl = recording();
        ops("").dropPartition(dsl, DSL.table(DSL.name("mentions")), 3);
        ops("").delete(dsl, DSL.table(DSL.name("mentions")), DSL.field(DSL.name("document_id")).eq("d'1"));
        assertThat(sent).containsExactly(
                "ALTER TABLE \"mentions\" DROP PARTITION 3",
                "delete from \"mentions\" where \"document_id\" = 'd''1'");
    }

    @Test
    void clusterStatementsHitTheLocalTablesOnCluster() {
        DSLContext dsl = recording();
        ops("analytics").dropPartition(dsl, DSL.table(DSL.name("theme_meeting_counts")), 7);
        ops("analytics").delete(dsl, DSL.table(DSL.name("mentions")), DSL.field(DSL.name("document_id")).eq("d1"));
        assertThat(sent).containsExactly(
                "ALTER TABLE \"theme_meeting_counts_local\" ON CLUSTER \"analytics\" DROP PARTITION 7",
                "DELETE FROM \"mentions_local\" ON CLUSTER \"analytics\" WHERE \"document_id\" = 'd1'");
    }
}
