package io.themescope.clickhouse.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code themescope.lock} in the data directory. Two engines writing the same
 * parts would corrupt them, so a second process gets a clear error instead; the OS drops the lock
 * when a process dies, so a crash never leaves a stale lock behind.
 */
final class DataDirectoryLock {

    static final String FILE_NAME = "themescope.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new EngineException("cannot create the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw locked(dataDirectory);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(dataDirectory);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EngineException("cannot lock the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static EngineException locked(Path dataDirectory) {
        return new EngineException("the data directory " + dataDirectory + " is in use by another ThemeScope"
                + " process (lock file " + FILE_NAME + "); stop that process or choose another directory"
                + " with themescope.clickhouse.embedded.data-dir");
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
