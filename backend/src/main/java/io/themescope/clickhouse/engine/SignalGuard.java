package io.themescope.clickhouse.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * chDB installs its own handlers for SIGSEGV and friends when it connects; HotSpot relies on
 * SIGSEGV for implicit null checks, so a later burst of NullPointerExceptions would kill the JVM.
 * This saves every signal disposition (libc sigaction, the struct treated as opaque bytes) before
 * a native call and puts them all back afterwards.
 */
final class SignalGuard {

    /** Larger than struct sigaction on every Linux and macOS ABI in use (152 bytes on x86_64 glibc). */
    private static final long SIGACTION_BYTES = 256;
    private static final int MAX_SIGNAL = 64;
    private static final MethodHandle SIGACTION = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("sigaction")
                    .orElseThrow(() -> new EngineException("libc has no sigaction")),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));

    private SignalGuard() {
    }

    /** Runs {@code action} and restores the signal dispositions that were in force before it. */
    static <T> T preserving(java.util.function.Supplier<T> action) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment saved = arena.allocate(SIGACTION_BYTES * (MAX_SIGNAL + 1));
            boolean[] have = new boolean[MAX_SIGNAL + 1];
            for (int sig = 1; sig <= MAX_SIGNAL; sig++) {
                have[sig] = call(sig, MemorySegment.NULL, slot(saved, sig)) == 0;
            }
            try {
                return action.get();
            } finally {
                for (int sig = 1; sig <= MAX_SIGNAL; sig++) {
                    if (have[sig]) {
                        call(sig, slot(saved, sig), MemorySegment.NULL);
                    }
                }
            }
        }
    }

    private static MemorySegment slot(MemorySegment saved, int sig) {
        return saved.asSlice(SIGACTION_BYTES * sig, SIGACTION_BYTES);
    }

    private static int call(int sig, MemorySegment act, MemorySegment old) {
        try {
            return (int) SIGACTION.invokeExact(sig, act, old);
        } catch (Throwable t) {
            throw new EngineException("sigaction failed for signal " + sig, t);
        }
    }
}
