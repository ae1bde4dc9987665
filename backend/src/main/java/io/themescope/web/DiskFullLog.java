package io.themescope.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A full disk fails every write until space is freed; the log should say so once, not once per
 * request, and say once more when writes succeed again. Process-wide, as the disk is.
 */
public final class DiskFullLog {

    private static final Logger LOG = LoggerFactory.getLogger(DiskFullLog.class);
    private static final AtomicBoolean FULL = new AtomicBoolean();

    private DiskFullLog() {
    }

    static void failed(Throwable e) {
        if (FULL.compareAndSet(false, true)) {
            LOG.error("the store's disk is full: writes answer 507 until space is freed, reads go on ({})", e.getMessage());
        }
    }

    /** Called after a write succeeded. */
    public static void writeSucceeded() {
        if (FULL.compareAndSet(true, false)) {
            LOG.warn("the store's disk has room again: writes succeed");
        }
    }
}
