package io.themescope.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test class path, for what one process cannot show: chDB allows one storage
 * path per process and cannot be restarted in it, and a crash must not take the test JVM down.
 * Output (stdout and stderr together) is collected in the background so the child never blocks.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon(true).name("child-jvm-output").start(() -> drain(process.getInputStream()));
    }

    /** Starts {@code mainClass} with {@code args} and native access enabled; the engine version is passed on. */
    public static ChildJvm start(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Xss4m");
        String version = System.getProperty("themescope.chdb.version");
        if (version != null) {
            command.add("-Dthemescope.chdb.version=" + version);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the child to end and returns its exit code; kills it and fails after {@code seconds}. */
    public int waitFor(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child JVM did not finish within " + seconds + " s; output:\n" + output());
            }
            reader.join(5_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the output contains {@code text}; fails if the child ends first or time runs out. */
    public void awaitOutput(String text, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!output.toString().contains(text)) {
            if (!process.isAlive() && !reader.isAlive()) {
                throw new AssertionError("child JVM ended (exit " + process.exitValue() + ") before printing '" + text
                        + "'; output:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("child JVM did not print '" + text + "' within " + seconds + " s; output:\n"
                        + output());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String output() {
        return output.toString();
    }

    public Process process() {
        return process;
    }

    /** Kills the child at once (SIGKILL): no shutdown hook runs, nothing is released by the child itself. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // the child is gone; what was read is kept
        }
    }
}
