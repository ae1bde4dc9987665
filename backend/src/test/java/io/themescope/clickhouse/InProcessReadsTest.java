package io.themescope.clickhouse;

import io.themescope.clickhouse.engine.EmbeddedEngines;
import io.themescope.clickhouse.engine.EngineLibrary;
import io.themescope.support.ClickHouseTestSupport;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-process read path gives what the JDBC path gives: typed values through jOOQ's own fields,
 * hostile text bound exactly (inlined by jOOQ, never breaking out of its literal), and the guard
 * rails enforced by the engine (read-only, loud row limit) with ClickHouse's error codes.
 */
class InProcessReadsTest {

    static String db;
    static EmbeddedEngines.Lease lease;
    static DSLContext dsl;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(ClickHouseTestSupport.embedded(), "in-process reads exist in embedded mode only");
        db = ClickHouseTestSupport.newDatabase("in_process");
        try (Connection c = ClickHouseTestSupport.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE facts (id UInt64, day Date, name String, flag Bool, note Nullable(String),"
                    + " tags Array(String)) ENGINE = MergeTree ORDER BY id");
            s.execute("INSERT INTO facts SELECT number, toDate('2015-05-20') + number, concat('n', toString(number)),"
                    + " number % 2 = 0, if(number = 1, NULL, 'x'), ['a', 'b'] FROM numbers(20)");
            s.execute("INSERT INTO facts VALUES (100, '2020-01-01', 'it''s a \\\\ back\\\\slash', true, NULL, [])");
        }
        lease = EmbeddedEngines.acquire(EngineLibrary.defaultLocation(EngineLibrary.DEFAULT_VERSION),
                ClickHouseTestSupport.target().dataDir());
        dsl = InProcessReads.dsl(lease.engine(), db, GuardRails.settings(new ClickHouseProperties.GuardRails(
                Duration.ofSeconds(5), 10, 2_000_000_000L, 1_000, Duration.ofSeconds(5))));
    }

    @AfterAll
    static void tearDown() {
        if (lease != null) {
            lease.close();
        }
    }

    @Test
    void valuesComeBackAsTheQueriedFieldsTypes() {
        var id = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
        var day = DSL.field(DSL.name("day"), SQLDataType.LOCALDATE);
        var name = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
        var flag = DSL.field(DSL.name("flag"), SQLDataType.BOOLEAN);
        var note = DSL.field(DSL.name("note"), SQLDataType.VARCHAR);
        Record r = dsl.select(id, day, name, flag, note).from(DSL.table(DSL.name("facts"))).where(id.eq(1L)).fetchOne();
        assertThat(r).isNotNull();
        assertThat(r.get(id)).isEqualTo(1L);
        assertThat(r.get(day)).isEqualTo(LocalDate.of(2015, 5, 21));
        assertThat(r.get(name)).isEqualTo("n1");
        assertThat(r.get(flag)).isFalse();
        assertThat(r.get(note)).isNull();
        assertThat(dsl.selectCount().from(DSL.table(DSL.name("facts"))).where(id.lt(5L)).fetchOne(0, Integer.class))
                .isEqualTo(5);
    }

    @Test
    void hostileTextIsMatchedExactlyNotExecuted() {
        var name = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
        assertThat(dsl.select(name).from(DSL.table(DSL.name("facts"))).where(name.eq("it's a \\ back\\slash"))
                .fetch(name)).containsExactly("it's a \\ back\\slash");
        assertThat(dsl.selectCount().from(DSL.table(DSL.name("facts")))
                .where(name.eq("x\\' OR 1 = 1 OR name = \\'")).fetchOne(0, Integer.class)).isZero();
    }

    @Test
    void guardRailsAreTheEnginesReadOnlyAndLoudRowLimit() {
        assertThatThrownBy(() -> dsl.fetch("SELECT id FROM facts"))
                .satisfies(e -> assertThat(StorageException.translate(e)).isInstanceOfSatisfying(StorageException.class,
                        s -> assertThat(s.kind()).isEqualTo(StorageException.Kind.TOO_MANY_ROWS)));
        assertThatThrownBy(() -> dsl.execute("INSERT INTO facts (id) VALUES (7)"))
                .hasMessageContaining("readonly");
    }
}
