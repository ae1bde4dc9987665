package io.themescope.clickhouse;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Statements that must reach the shards themselves. On a cluster, reads and inserts go through the
 * Distributed tables, but partitions and deletions live in the replicated {@code <name>_local}
 * tables, so those statements are sent there ON CLUSTER; on one node they hit the table directly.
 */
@Component
public final class TableOps {

    private final String cluster;

    TableOps(ClickHouseProperties properties) {
        this.cluster = properties.clustered() ? properties.cluster().strip() : "";
    }

    public void dropPartition(DSLContext dsl, Table<?> table, int partition) {
        if (cluster.isEmpty()) {
            dsl.query("ALTER TABLE {0} DROP PARTITION {1}", table, DSL.inline(partition)).execute();
        } else {
            dsl.query("ALTER TABLE {0} ON CLUSTER {1} DROP PARTITION {2}", local(table), DSL.name(cluster),
                    DSL.inline(partition)).execute();
        }
    }

    public void delete(DSLContext dsl, Table<?> table, Condition where) {
        if (cluster.isEmpty()) {
            dsl.deleteFrom(table).where(where).execute();
        } else {
            dsl.query("DELETE FROM {0} ON CLUSTER {1} WHERE {2}", local(table), DSL.name(cluster), where).execute();
        }
    }

    /** Empties {@code table} (every shard's part of it on a cluster). */
    public void truncate(DSLContext dsl, Table<?> table) {
        if (cluster.isEmpty()) {
            dsl.query("TRUNCATE TABLE {0}", table).execute();
        } else {
            dsl.query("TRUNCATE TABLE {0} ON CLUSTER {1}", local(table), DSL.name(cluster)).execute();
        }
    }

    /**
     * Merges every part of each partition of {@code table} into one (on every shard). For the small
     * pre-aggregated tables only: a query over one part costs about half of one over seven.
     */
    public void optimizeFinal(DSLContext dsl, Table<?> table) {
        if (cluster.isEmpty()) {
            dsl.query("OPTIMIZE TABLE {0} FINAL", table).execute();
        } else {
            dsl.query("OPTIMIZE TABLE {0} ON CLUSTER {1} FINAL", local(table), DSL.name(cluster)).execute();
        }
    }

    private static Table<?> local(Table<?> table) {
        return DSL.table(DSL.name(table.getName() + "_local"));
    }
}
