package io.themescope.clickhouse.migrate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the single-node DDL of {@code sql/} into cluster DDL when a cluster name is configured:
 * each {@code CREATE TABLE t ... ENGINE = XMergeTree(args)} becomes a replicated local table
 * {@code t_local} created ON CLUSTER, plus a Distributed table {@code t} over it, so queries read
 * the same name in both set-ups. A materialized view runs on every node, reading and writing the
 * local tables; INSERT ... SELECT goes through the distributed tables; DROP removes both tables
 * (or the view) on every node. Anything else is refused.
 */
public final class ClusterDdl {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^CREATE\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\(.*\\))\\s*ENGINE\\s*=\\s*"
                    + "(\\w*MergeTree)\\s*(?:\\(([^)]*)\\))?(.*)$");
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "(?is)^CREATE\\s+MATERIALIZED\\s+VIEW\\s+(IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s+TO\\s+"
                    + "([A-Za-z_][A-Za-z0-9_]*)\\s+AS\\s+(.*\\bFROM\\s+)([A-Za-z_][A-Za-z0-9_]*)\\b(.*)$");
    private static final Pattern INSERT = Pattern.compile("(?is)^INSERT\\s+INTO\\s+.*");
    private static final Pattern DROP = Pattern.compile(
            "(?is)^DROP\\s+(TABLE|VIEW)\\s+(IF\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*$");
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "(?is)^ALTER\\s+TABLE\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(.*)$");

    private ClusterDdl() {
    }

    /** The statements to run for one migration on cluster {@code cluster} in database {@code database}. */
    public static List<String> render(String sql, String cluster, String database) {
        String onCluster = " ON CLUSTER " + quote(cluster);
        Matcher create = CREATE_TABLE.matcher(sql.strip());
        if (create.matches()) {
            if (create.group(4).startsWith("Replicated")) {
                throw new MigrationException("cannot render this statement for a cluster: its engine " + create.group(4)
                        + " is already replicated; write single-node DDL in sql/ and the cluster rendering replicates"
                        + " it: " + firstLine(sql));
            }
            String ifNotExists = create.group(1) == null ? "" : "IF NOT EXISTS ";
            String table = create.group(2);
            String local = table + "_local";
            String engineArgs = create.group(5) == null ? "" : create.group(5).strip();
            String replicated = "Replicated" + create.group(4) + "('/clickhouse/tables/{shard}/" + database + "/"
                    + local + "', '{replica}'" + (engineArgs.isEmpty() ? "" : ", " + engineArgs) + ")";
            // after ENGINE = XMergeTree without arguments the clauses that follow lost their leading space
            String rest = create.group(6);
            if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
                rest = " " + rest;
            }
            String localDdl = "CREATE TABLE " + ifNotExists + local + onCluster + " " + create.group(3).strip()
                    + " ENGINE = " + replicated + rest;
            String distributedDdl = "CREATE TABLE " + ifNotExists + table + onCluster + " AS " + local
                    + " ENGINE = Distributed(" + quote(cluster) + ", " + quoteString(database) + ", "
                    + quoteString(local) + ", rand())";
            return List.of(localDdl, distributedDdl);
        }
        Matcher view = CREATE_VIEW.matcher(sql.strip());
        if (view.matches()) {
            String ifNotExists = view.group(1) == null ? "" : "IF NOT EXISTS ";
            return List.of("CREATE MATERIALIZED VIEW " + ifNotExists + view.group(2) + onCluster + " TO "
                    + view.group(3) + "_local AS " + view.group(4) + view.group(5) + "_local" + view.group(6));
        }
        if (INSERT.matcher(sql.strip()).matches()) {
            return List.of(sql.strip());
        }
        Matcher alter = ALTER_TABLE.matcher(sql.strip());
        if (alter.matches()) {
            String table = alter.group(1);
            return List.of("ALTER TABLE " + table + "_local" + onCluster + " " + alter.group(2),
                    "ALTER TABLE " + table + onCluster + " " + alter.group(2));
        }
        Matcher drop = DROP.matcher(sql.strip());
        if (drop.matches()) {
            String ifExists = drop.group(2) == null ? "" : "IF EXISTS ";
            String name = drop.group(3);
            if (drop.group(1).equalsIgnoreCase("VIEW")) {
                return List.of("DROP VIEW " + ifExists + name + onCluster + " SYNC");
            }
            // the Distributed table first, so nothing routes to a local table that is already gone
            return List.of("DROP TABLE " + ifExists + name + onCluster + " SYNC",
                    "DROP TABLE " + ifExists + name + "_local" + onCluster + " SYNC");
        }
        throw new MigrationException("cannot render this statement for a cluster (only CREATE TABLE ... ENGINE ="
                + " *MergeTree, CREATE MATERIALIZED VIEW ... TO, INSERT, ALTER TABLE and DROP TABLE/VIEW are"
                + " supported): " + firstLine(sql));
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "\\`") + "`";
    }

    private static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse("");
    }
}
