package io.themescope.ingest;

import io.themescope.clickhouse.SchemaVersion;
import io.themescope.clickhouse.schema.IndexState;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Which mention generation readers see, and the one lock that keeps ingest and reindex apart at
 * the two moments that matter: when a reindex starts (it snapshots the documents it will redo) and
 * when it switches readers over. Writes hold the shared side; those two moments the exclusive side.
 */
@Component
public final class IndexGeneration {

    static final String KEY = "mentions";

    private final DSLContext dsl;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile int current;
    private volatile String taxonomyVersion;
    private volatile Integer pending;

    IndexGeneration(DSLContext dsl, SchemaVersion schema, io.themescope.themes.Taxonomy taxonomy) {
        this.dsl = dsl;
        Record2<Integer, String> row = dsl.select(IndexState.GENERATION, IndexState.TAXONOMY_VERSION)
                .from(IndexState.TABLE)
                .where(IndexState.KEY.eq(KEY))
                .orderBy(IndexState.GENERATION.desc())
                .limit(1)
                .fetchOne();
        if (row == null) {
            record(1, taxonomy.version());
            current = 1;
            taxonomyVersion = taxonomy.version();
        } else {
            current = row.value1();
            taxonomyVersion = row.value2();
        }
    }

    /** The generation analytics read. */
    public int current() {
        return current;
    }

    /** The taxonomy version that produced the current generation's mentions. */
    public String taxonomyVersion() {
        return taxonomyVersion;
    }

    /** The generations a write must fill: the current one and, during a reindex, the next. */
    int[] writeTargets() {
        Integer p = pending;
        return p == null ? new int[] {current} : new int[] {current, p};
    }

    /** Runs a write so that a reindex cannot start or switch in the middle of it. */
    <T> T whileWriting(Supplier<T> write) {
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Opens generation current+1 for writes and returns what {@code snapshot} took while no write ran. */
    <T> T begin(Supplier<T> snapshot) {
        lock.writeLock().lock();
        try {
            if (pending != null) {
                throw new IllegalStateException("a reindex is already running");
            }
            pending = current + 1;
            return snapshot.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    Integer pending() {
        return pending;
    }

    /**
     * Switches readers to the pending generation and returns the old one, now safe to drop.
     * {@code beforeSwitch} runs first while no write runs, so it sees every stored document.
     */
    int commit(String version, Runnable beforeSwitch) {
        lock.writeLock().lock();
        try {
            beforeSwitch.run();
            int old = current;
            record(pending, version);
            current = pending;
            taxonomyVersion = version;
            pending = null;
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Abandons the pending generation after a failed reindex; readers never saw it. */
    int abort() {
        lock.writeLock().lock();
        try {
            int abandoned = pending == null ? -1 : pending;
            pending = null;
            return abandoned;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void record(int generation, String version) {
        dsl.insertInto(IndexState.TABLE, IndexState.KEY, IndexState.GENERATION, IndexState.TAXONOMY_VERSION,
                        IndexState.UPDATED_AT)
                .values(KEY, generation, version, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
