package io.themescope.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * scripts/themescope looks for a JDK 25 itself; when it finds only an older Java it says so in one
 * line and exits 2 instead of letting that JVM fail on an option it does not know. Needs bash and a
 * Java older than 25 on the machine (Debian's 17 here); skipped otherwise.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "themescope");
    private static final Path OLD_JDK = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @Test
    void anOlderJavaIsNamedInOneLine() throws Exception {
        assumeTrue(Files.isExecutable(OLD_JDK.resolve("bin/java")), "no Java 17 at " + OLD_JDK);
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "help").redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", OLD_JDK.toString());
        pb.environment().put("THEMESCOPE_JDK_DIRS", "");
        pb.environment().put("PATH", OLD_JDK.resolve("bin") + ":/usr/bin:/bin");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("themescope: needs Java 25 or newer; found only " + OLD_JDK.resolve("bin/java")
                + " (Java 17)");
    }

    @Test
    void theRunningJdkIsFoundThroughJavaHome() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "help").redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("THEMESCOPE_JAR", "/nonexistent/themescope.jar");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // it got past the JDK check to the jar check
        assertThat(out).contains("/nonexistent/themescope.jar not found");
    }
}
