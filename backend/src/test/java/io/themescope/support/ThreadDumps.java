package io.themescope.support;

/** Prints every thread's stack to stderr: evidence for a request that never got an answer. */
public final class ThreadDumps {

    private ThreadDumps() {
    }

    public static void print(String why) {
        StringBuilder dump = new StringBuilder("THREAD DUMP: " + why + "\n");
        Thread.getAllStackTraces().forEach((t, frames) -> {
            dump.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement f : frames) {
                dump.append("    at ").append(f).append('\n');
            }
        });
        System.err.println(dump);
    }
}
