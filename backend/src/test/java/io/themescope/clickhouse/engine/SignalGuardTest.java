package io.themescope.clickhouse.engine;

import io.themescope.support.ChildJvm;
import io.themescope.support.ClickHouseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * chDB replaces the process's SIGSEGV handler when it connects, and HotSpot needs its own to turn
 * implicit null checks into NullPointerExceptions: without the guard, ordinary Java code that throws
 * NPEs kills the JVM. The in-process test passes only if this JVM survives; the child-JVM control
 * shows that the same NPEs do kill a JVM that connected to chDB without the guard.
 */
class SignalGuardTest {

    static final int NPES = 5_000_000;

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(ClickHouseTestSupport.embedded(), "the guard concerns the embedded engine only");
    }

    @Test
    void theJvmSurvivesMillionsOfNullPointerExceptionsAfterTheEngineRan() {
        EmbeddedEngine engine = engine();
        assertThat(text(engine.execute("SELECT sum(number) FROM numbers(100000)", "TabSeparated"))).isEqualTo("4999950000");

        assertThat(NullPointers.throwAndCatch(NPES)).isEqualTo(NPES);

        assertThat(text(engine.execute("SELECT count() FROM numbers(1000)", "TabSeparated"))).isEqualTo("1000");
        assertThat(NullPointers.throwAndCatch(NPES)).isEqualTo(NPES);
    }

    @Test
    void aGuardedChildSurvivesTheSameNullPointerExceptions(@TempDir Path dir) {
        try (ChildJvm child = ChildJvm.start(EngineChild.class, "npe-guarded", dir.toString())) {
            assertThat(child.waitFor(180)).as(child.output()).isZero();
            assertThat(child.output()).contains("survived " + NPES);
        }
    }

    /**
     * The control: the same NPEs after a connect without the guard. On the machine this was written on the
     * JVM does not survive them, but it does not die either: the first implicit null check lands in chDB's
     * SIGSEGV handler, which never returns, and the JVM hangs there (a core-dumping exit, 134 or 139, has been
     * seen elsewhere). Both count as not surviving; a guarded child finishes the same loop in about a second.
     */
    @Test
    void controlAnUnguardedChildDoesNotSurviveTheSameNullPointerExceptions(@TempDir Path dir) throws InterruptedException {
        try (ChildJvm child = ChildJvm.start(EngineChild.class, "npe-unguarded", dir.toString())) {
            child.awaitOutput("connected, throwing", 120);
            boolean ended = child.process().waitFor(15, TimeUnit.SECONDS);
            assertThat(child.output()).as("the unguarded JVM must not get through the NPEs").doesNotContain("survived");
            if (ended) {
                assertThat(child.process().exitValue()).as("exit code; output:%n%s", child.output()).isIn(134, 139);
            }
        }
    }

    private static EmbeddedEngine engine() {
        var target = ClickHouseTestSupport.target();
        try (EmbeddedEngines.Lease lease = EmbeddedEngines.acquire(EngineChild.library(), target.dataDir())) {
            return lease.engine();
        }
    }

    private static String text(QueryResult r) {
        assertThat(r.error()).isNull();
        return new String(r.body(), StandardCharsets.UTF_8).strip();
    }
}
