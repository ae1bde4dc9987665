package io.themescope.clickhouse.migrate;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies {@code sql/} migrations in version order, forward only, recording version, checksum and
 * time in {@code schema_migrations}. A recorded migration whose file changed, or one this build does
 * not know, stops start-up: silently diverging schemas are worse than a refusal to start. DDL files
 * use IF NOT EXISTS, so a migration interrupted before it was recorded can simply run again.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    static final String TABLE = "schema_migrations";
    private static final String TABLE_DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " (version UInt32,"
            + " description String, checksum String, applied_at DateTime64(3, 'UTC'))"
            + " ENGINE = MergeTree ORDER BY version";

    private static final Table<?> MIGRATIONS = DSL.table(DSL.name(TABLE));
    private static final Field<Integer> VERSION = DSL.field(DSL.name("version"), SQLDataType.INTEGER);
    private static final Field<String> DESCRIPTION = DSL.field(DSL.name("description"), SQLDataType.VARCHAR);
    private static final Field<String> CHECKSUM = DSL.field(DSL.name("checksum"), SQLDataType.VARCHAR);
    private static final Field<LocalDateTime> APPLIED_AT = DSL.field(DSL.name("applied_at"), SQLDataType.LOCALDATETIME(3));
    /** The server's clock: the JDBC driver turns a LocalDateTime into an instant in the JVM's time zone. */
    private static final Field<LocalDateTime> NOW = DSL.field("now64(3)", SQLDataType.LOCALDATETIME(3));

    private final DSLContext dsl;
    private final String cluster;
    private final String database;

    /** {@code dsl} must point at {@code database}; {@code cluster} empty means a single node. */
    public Migrator(DSLContext dsl, String database, String cluster) {
        this.dsl = dsl;
        this.database = database;
        this.cluster = cluster == null ? "" : cluster.strip();
    }

    /** Applies what is missing and returns the versions applied by this call. */
    public List<Integer> migrate(List<Migration> migrations) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        for (Migration m : migrations) {
            Migration clash = byVersion.put(m.version(), m);
            if (clash != null) {
                throw new MigrationException("migration files " + clash.fileName() + " and " + m.fileName()
                        + " share version " + m.version());
            }
        }
        run(TABLE_DDL);
        Map<Integer, String> applied = new HashMap<>();
        for (Record2<Integer, String> r : dsl.select(VERSION, CHECKSUM).from(MIGRATIONS).fetch()) {
            applied.put(r.value1(), r.value2());
        }
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            Migration m = byVersion.get(e.getKey());
            if (m == null) {
                throw new MigrationException("database " + database + " has migration version " + e.getKey()
                        + " applied, but this build has no such file in sql/; it was created by another"
                        + " version of ThemeScope");
            }
            if (!m.checksum().equals(e.getValue())) {
                throw new MigrationException("migration " + m.fileName() + " was changed after it was applied"
                        + " (checksum " + e.getValue() + " recorded, " + m.checksum() + " now); migrations are"
                        + " forward-only: restore the file and add a new migration for the change");
            }
        }
        List<Integer> done = new java.util.ArrayList<>();
        for (Migration m : byVersion.values()) {
            if (applied.containsKey(m.version())) {
                continue;
            }
            try {
                run(m.sql());
            } catch (RuntimeException e) {
                throw new MigrationException("migration " + m.fileName() + " failed: " + e.getMessage(), e);
            }
            dsl.insertInto(MIGRATIONS, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT)
                    .values(DSL.val(m.version()), DSL.val(m.description()), DSL.val(m.checksum()), NOW)
                    .execute();
            LOG.info("applied migration {}", m.fileName());
            done.add(m.version());
        }
        return done;
    }

    private void run(String sql) {
        List<String> statements = cluster.isEmpty() ? List.of(sql) : ClusterDdl.render(sql, cluster, database);
        for (String statement : statements) {
            dsl.execute(statement);
        }
    }
}
