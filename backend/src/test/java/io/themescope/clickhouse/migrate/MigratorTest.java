package io.themescope.clickhouse.migrate;

import io.themescope.support.ClickHouseTestSupport;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations are forward-only and checked against what the database recorded: a fresh database
 * gets every file, a second run gets none, and a changed, missing or ambiguous file stops start-up
 * with a message that names the file and the fix. Each test runs in a database of its own.
 */
class MigratorTest {

    static final String TABLE_A = "CREATE TABLE IF NOT EXISTS a (id UInt32, name String) ENGINE = MergeTree ORDER BY id";
    static final String TABLE_B = "-- second table\nCREATE TABLE IF NOT EXISTS b (id UInt32) ENGINE = MergeTree ORDER BY id;\n";

    String db;
    Connection conn;
    DSLContext dsl;

    @BeforeEach
    void setUp() throws SQLException {
        db = ClickHouseTestSupport.newDatabase("migrator");
        conn = ClickHouseTestSupport.connect(db);
        dsl = DSL.using(conn, SQLDialect.CLICKHOUSE);
    }

    @AfterEach
    void tearDown() throws SQLException {
        conn.close();
    }

    Migrator migrator() {
        return new Migrator(dsl, db, "");
    }

    @Test
    void freshDatabaseGetsEveryMigrationRecordedInOrder() {
        long before = System.currentTimeMillis();
        List<Integer> applied = migrator().migrate(List.of(
                Migration.parse("V002__add_b.sql", TABLE_B), Migration.parse("V001__create_a.sql", TABLE_A)));
        long after = System.currentTimeMillis();

        assertThat(applied).containsExactly(1, 2);
        assertThat(count("SELECT count() FROM system.tables WHERE database = currentDatabase()"
                + " AND name IN ('a', 'b')")).isEqualTo(2L);
        Result<Record> rows = dsl.fetch("SELECT version, description, checksum, toUnixTimestamp64Milli(applied_at) AS ms"
                + " FROM schema_migrations ORDER BY version");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("version", Integer.class)).isEqualTo(1);
        assertThat(rows.get(0).get("description", String.class)).isEqualTo("create a");
        assertThat(rows.get(0).get("checksum", String.class))
                .isEqualTo(Migration.sha256(TABLE_A))
                .matches("[0-9a-f]{64}");
        assertThat(rows.get(1).get("version", Integer.class)).isEqualTo(2);
        assertThat(rows.get(1).get("description", String.class)).isEqualTo("add b");
        assertThat(rows.get(1).get("checksum", String.class)).isEqualTo(Migration.sha256(TABLE_B));
        for (Record r : rows) {
            assertThat(r.get("ms", Long.class)).as("applied_at is the time of applying, in UTC")
                    .isBetween(before - 1_000, after + 1_000);
        }
    }

    @Test
    void appliedAtIsTheUtcInstantWhateverTheJvmTimeZone() throws SQLException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        try (Connection other = ClickHouseTestSupport.connect(db)) {
            DSLContext farEast = DSL.using(other, SQLDialect.CLICKHOUSE);
            long before = System.currentTimeMillis();
            new Migrator(farEast, db, "").migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A)));
            long after = System.currentTimeMillis();
            assertThat(count("SELECT toUnixTimestamp64Milli(applied_at) FROM schema_migrations"))
                    .isBetween(before - 1_000, after + 1_000);
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    @Test
    void checksumIsTheSha256HexOfTheWholeFile() {
        // printf 'SELECT 1\n' | sha256sum
        assertThat(Migration.parse("V001__x.sql", "SELECT 1\n").checksum())
                .isEqualTo("a0a22c9dfa428cdce6fb3e58a40d4052335e17e5fbe42efc2f17f9ca813be62c");
    }

    @Test
    void secondRunAppliesNothing() {
        List<Migration> files = List.of(Migration.parse("V001__create_a.sql", TABLE_A), Migration.parse("V002__add_b.sql", TABLE_B));
        assertThat(migrator().migrate(files)).containsExactly(1, 2);
        assertThat(migrator().migrate(files)).isEmpty();
        assertThat(count("SELECT count() FROM schema_migrations")).isEqualTo(2L);
    }

    @Test
    void newFileIsAppliedOnTopOfRecordedOnes() {
        migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A)));
        assertThat(migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A),
                Migration.parse("V002__add_b.sql", TABLE_B)))).containsExactly(2);
    }

    @Test
    void changedFileStopsWithTheExactMessage() {
        migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A)));
        String edited = TABLE_A.replace("name String", "name String, extra UInt8");
        assertThatThrownBy(() -> migrator().migrate(List.of(Migration.parse("V001__create_a.sql", edited))))
                .isInstanceOf(MigrationException.class)
                .hasMessage("migration V001__create_a.sql was changed after it was applied (checksum "
                        + Migration.sha256(TABLE_A) + " recorded, " + Migration.sha256(edited) + " now); migrations"
                        + " are forward-only: restore the file and add a new migration for the change");
    }

    @Test
    void editingOnlyACommentIsAChangeToo() {
        migrator().migrate(List.of(Migration.parse("V002__add_b.sql", TABLE_B)));
        assertThatThrownBy(() -> migrator().migrate(List.of(
                Migration.parse("V002__add_b.sql", TABLE_B.replace("second table", "the second table")))))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("migration V002__add_b.sql was changed after it was applied");
    }

    @Test
    void recordedVersionWithoutFileStopsWithTheExactMessage() {
        migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A), Migration.parse("V002__add_b.sql", TABLE_B)));
        assertThatThrownBy(() -> migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A))))
                .isInstanceOf(MigrationException.class)
                .hasMessage("database " + db + " has migration version 2 applied, but this build has no such file"
                        + " in sql/; it was created by another version of ThemeScope");
    }

    @Test
    void twoFilesWithOneVersionStopWithTheExactMessage() {
        assertThatThrownBy(() -> migrator().migrate(List.of(Migration.parse("V001__create_a.sql", TABLE_A),
                Migration.parse("V1__add_b.sql", TABLE_B))))
                .isInstanceOf(MigrationException.class)
                .hasMessage("migration files V001__create_a.sql and V1__add_b.sql share version 1");
        assertThat(count("SELECT count() FROM system.tables WHERE database = currentDatabase()"))
                .as("nothing is created before the files are known to be consistent").isZero();
    }

    @Test
    void fileWithTwoStatementsIsRefusedWithTheExactMessage() {
        assertThatThrownBy(() -> Migration.parse("V003__two.sql", TABLE_A + ";\n" + TABLE_B))
                .isInstanceOf(MigrationException.class)
                .hasMessage("migration file V003__two.sql holds more than one statement; put each change in its own file");
    }

    @Test
    void fileWithNoStatementIsRefusedWithTheExactMessage() {
        assertThatThrownBy(() -> Migration.parse("V004__empty.sql", "-- nothing here\n/* nor here */ ;\n"))
                .isInstanceOf(MigrationException.class)
                .hasMessage("migration file V004__empty.sql holds no statement");
    }

    @Test
    void badFileNamesAreRefusedWithTheExactMessage() {
        for (String name : List.of("V1_create.sql", "create.sql", "V__x.sql", "V1__.sql", "V1__a-b.sql", "v1__a.sql",
                "V1__a.SQL", "V1__a.sql.bak")) {
            assertThatThrownBy(() -> Migration.parse(name, TABLE_A)).as(name)
                    .isInstanceOf(MigrationException.class)
                    .hasMessage("migration file " + name + " does not follow the naming rule V<number>__<description>.sql");
        }
    }

    @Test
    void crlfAndLfGiveTheSameMigration() {
        String lf = "-- a comment\nCREATE TABLE IF NOT EXISTS c\n(\n    id UInt32\n)\nENGINE = MergeTree\nORDER BY id\n";
        Migration unix = Migration.parse("V005__c.sql", lf);
        Migration windows = Migration.parse("V005__c.sql", lf.replace("\n", "\r\n"));
        assertThat(windows.checksum()).isEqualTo(unix.checksum());
        assertThat(windows.sql()).isEqualTo(unix.sql());
        migrator().migrate(List.of(unix));
        assertThat(migrator().migrate(List.of(windows))).isEmpty();
    }

    @Test
    void statementIsStrippedOfCommentsAndTheTrailingSemicolon() {
        Migration m = Migration.parse("V006__d.sql", "-- heading\n/* block */ CREATE TABLE IF NOT EXISTS d"
                + " (s String DEFAULT '--not a comment;') ENGINE = MergeTree ORDER BY s; -- trailer\n");
        assertThat(m.sql()).isEqualTo("CREATE TABLE IF NOT EXISTS d (s String DEFAULT '--not a comment;')"
                + " ENGINE = MergeTree ORDER BY s");
        assertThat(migrator().migrate(List.of(m))).containsExactly(6);
    }

    @Test
    void failingMigrationNamesTheFileAndIsNotRecorded() {
        assertThatThrownBy(() -> migrator().migrate(List.of(Migration.parse("V007__broken.sql", "CREATE TABLE e (id NoSuchType)"
                + " ENGINE = MergeTree ORDER BY id"))))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("migration V007__broken.sql failed: ")
                .hasMessageContaining("NoSuchType");
        assertThat(count("SELECT count() FROM schema_migrations")).isZero();
    }

    @Test
    void theRealMigrationsLoadFromTheClasspathAndApply() {
        List<Migration> files = MigrationFiles.load("classpath*:sql/V*.sql");
        assertThat(files).isNotEmpty();
        assertThat(files).extracting(Migration::version).isSorted().doesNotHaveDuplicates();
        assertThat(files.getFirst().fileName()).isEqualTo("V001__meetings.sql");
        assertThat(migrator().migrate(files)).containsExactlyElementsOf(files.stream().map(Migration::version).toList());
        assertThat(count("SELECT count() FROM system.tables WHERE database = currentDatabase()"
                + " AND name = 'meetings'")).isEqualTo(1L);
        assertThat(migrator().migrate(files)).isEmpty();
    }

    private long count(String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }
}
