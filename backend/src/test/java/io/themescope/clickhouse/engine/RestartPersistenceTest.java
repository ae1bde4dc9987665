package io.themescope.clickhouse.engine;

import io.themescope.support.ChildJvm;
import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Data written by one process is there for the next on the same directory: the embedded engine is
 * restarted for real, which chDB allows only once per process, hence two child JVMs. Also a process
 * that exits with the engine still open must exit cleanly: the engine is closed before the C runtime
 * tears the library down, which otherwise kills the process with SIGSEGV now and then.
 */
class RestartPersistenceTest {

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(ClickHouseTestSupport.embedded(), "restarts concern the embedded engine only");
    }

    @Test
    void rowsWrittenByOneProcessAreReadByTheNext(@TempDir Path dir) {
        try (ChildJvm writer = ChildJvm.start(EngineChild.class, "write", dir.toString())) {
            assertThat(writer.waitFor(120)).as(writer.output()).isZero();
            assertThat(writer.output()).contains("written " + (EngineChild.ROWS + 1));
        }
        try (ChildJvm reader = ChildJvm.start(EngineChild.class, "read", dir.toString())) {
            assertThat(reader.waitFor(120)).as(reader.output()).isZero();
            assertThat(reader.output()).contains("count=" + (EngineChild.ROWS + 1)).contains("last=last");
        }
    }

    @Test
    void exitingWithTheEngineOpenIsClean(@TempDir Path dir) {
        // without the registry's exit hook this child died with SIGSEGV or SIGABRT in 6 runs out of 10
        for (int run = 0; run < 5; run++) {
            try (ChildJvm child = ChildJvm.start(EngineChild.class, "exit-open", dir.toString())) {
                assertThat(child.waitFor(120)).as("run %d, output:%n%s", run, child.output()).isZero();
                assertThat(child.output()).contains("exiting with the engine open");
            }
        }
    }
}
