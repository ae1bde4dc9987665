package io.themescope.clickhouse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Makes a batch's rows appear to readers all at once. ClickHouse has no transaction spanning the
 * mentions and documents inserts, but a SELECT sees the parts that existed when it started, so
 * holding readers back while a batch publishes (ms per batch) is enough within this process.
 * Waits are bounded: a stuck reader makes a writer fail with "busy", never hang.
 */
public final class Visibility {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Duration patience;

    public Visibility(Duration patience) {
        this.patience = patience;
    }

    /** Runs {@code write}; no read starts while it runs, and it starts once running reads have. */
    public <T> T publishing(Supplier<T> write) {
        acquire(lock.writeLock());
        try {
            return write.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs the start of a read: it sees either all of a publishing batch or none of it. */
    public <T> T reading(Supplier<T> read) {
        acquire(lock.readLock());
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void acquire(java.util.concurrent.locks.Lock l) {
        try {
            if (!l.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StorageException(StorageException.Kind.UNAVAILABLE, 0,
                        "the store stayed busy for " + patience.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(StorageException.Kind.UNAVAILABLE, 0, "interrupted while waiting for the store", e);
        }
    }
}
