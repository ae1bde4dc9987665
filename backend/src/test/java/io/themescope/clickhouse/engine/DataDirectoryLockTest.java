package io.themescope.clickhouse.engine;

import io.themescope.support.ChildJvm;
import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two engines writing one directory would corrupt its parts, so a second process is refused with a
 * message that says what to do; a killed process must not leave a lock behind that blocks the next
 * start; and within one process, chDB's single storage path is enforced with a clear message.
 */
class DataDirectoryLockTest {

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(ClickHouseTestSupport.embedded(), "the lock belongs to the embedded engine");
    }

    @Test
    void secondProcessIsRefusedAndAKilledHolderLeavesNoStaleLock(@TempDir Path dir) {
        Path normalised = dir.toAbsolutePath().normalize();
        try (ChildJvm holder = ChildJvm.start(EngineChild.class, "hold", dir.toString())) {
            holder.awaitOutput("holding", 120);

            try (ChildJvm second = ChildJvm.start(EngineChild.class, "open", dir.toString())) {
                assertThat(second.waitFor(120)).as(second.output()).isEqualTo(EngineChild.REFUSED);
                assertThat(second.output()).contains("refused: the data directory " + normalised + " is in use by"
                        + " another ThemeScope process (lock file themescope.lock); stop that process or choose another"
                        + " directory with themescope.clickhouse.embedded.data-dir");
            }

            holder.kill();
            assertThat(holder.process().isAlive()).isFalse();
        }
        assertThat(Files.exists(dir.resolve(DataDirectoryLock.FILE_NAME))).as("the lock file stays behind").isTrue();

        try (ChildJvm third = ChildJvm.start(EngineChild.class, "open", dir.toString())) {
            assertThat(third.waitFor(120)).as(third.output()).isZero();
            assertThat(third.output()).contains("opened 1");
        }
    }

    @Test
    void lockIsRefusedInsideTheProcessToo() {
        Path shared = ClickHouseTestSupport.target().dataDir().toAbsolutePath().normalize();
        assertThatThrownBy(() -> DataDirectoryLock.acquire(shared))
                .isInstanceOf(EngineException.class)
                .hasMessage("the data directory " + shared + " is in use by another ThemeScope process (lock file"
                        + " themescope.lock); stop that process or choose another directory with"
                        + " themescope.clickhouse.embedded.data-dir");
    }

    @Test
    void anotherDirectoryInTheSameProcessIsRefused(@TempDir Path other) {
        Path shared = ClickHouseTestSupport.target().dataDir().toAbsolutePath().normalize();
        Path library = EngineChild.library();
        assertThatThrownBy(() -> EmbeddedEngines.acquire(library, other))
                .isInstanceOf(EngineException.class)
                .hasMessage("this process already runs the embedded engine on " + shared + "; chDB allows one data"
                        + " directory per process, so " + other.toAbsolutePath().normalize() + " cannot be opened");
    }

    @Test
    void theSameDirectoryInTheSameProcessSharesTheRunningEngine() throws java.sql.SQLException {
        var target = ClickHouseTestSupport.target();
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(EngineChild.library(), target.dataDir())) {
            assertThat("http://127.0.0.1:" + lease.port()).isEqualTo(target.baseUrl());
            assertThat(lease.password()).isEqualTo(target.password());
        }
        // closing a joined lease leaves the engine running for the others
        try (var c = ClickHouseTestSupport.connect("default"); var s = c.createStatement();
             var rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
        }
    }
}
