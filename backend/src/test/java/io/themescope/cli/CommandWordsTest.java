package io.themescope.cli;

import io.themescope.ThemeScopeApplication;
import io.themescope.support.ChildJvm;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's commands are explicit: no word (or only options, or serve) serves, a known word runs its
 * command, and any other word prints one line naming the closest command and exits 2 instead of
 * starting the server (once, "themescope imprt docs/" started it and loaded the demo corpus).
 */
class CommandWordsTest {

    @Test
    void serveIsTheDefaultAndOnlyByName() {
        assertThat(CommandLine.serves(new String[0])).isTrue();
        assertThat(CommandLine.serves(new String[] {"--server.port=0"})).isTrue();
        assertThat(CommandLine.serves(new String[] {"serve", "--server.port=0"})).isTrue();
        assertThat(CommandLine.serveArguments(new String[] {"serve", "--server.port=0"}))
                .containsExactly("--server.port=0");
        assertThat(CommandLine.serveProblem(new String[] {"serve", "--a=b"})).isNull();
        assertThat(CommandLine.serveProblem(new String[] {"serve", "docs/"})).contains("\"docs/\"");
        for (String word : new String[] {"imprt", "import", "extract", "evaluate", "help", "x", "srve"}) {
            assertThat(CommandLine.serves(new String[] {word, "docs/"})).as(word).isFalse();
        }
    }

    @Test
    void anUnknownWordNamesTheClosestCommandAndExitsTwo() {
        assertUnknown("imprt", "import");
        assertUnknown("extrct", "extract");
        assertUnknown("evalute", "evaluate");
        assertUnknown("srve", "serve");
        assertUnknown("hlp", "help");
    }

    @Test
    void theApplicationExitsTwoOnAMisspeltCommandWithoutServing() {
        try (ChildJvm child = ChildJvm.start(ThemeScopeApplication.class, "imprt", "docs/")) {
            assertThat(child.waitFor(60)).isEqualTo(2);
            assertThat(child.output()).contains("unknown command \"imprt\"; did you mean import?")
                    .doesNotContain("Netty started").doesNotContain("Started ThemeScopeApplication");
        }
        try (ChildJvm child = ChildJvm.start(ThemeScopeApplication.class, "serve", "docs/")) {
            assertThat(child.waitFor(60)).isEqualTo(2);
            assertThat(child.output()).contains("serve takes only --property=value options; got \"docs/\"");
        }
    }

    @Test
    void helpListsTheCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        for (String c : Commands.ALL) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("themescope.jar " + c);
        }
    }

    @Test
    void editDistance() {
        assertThat(io.themescope.web.Closest.distance("imprt", "import")).isEqualTo(1);
        assertThat(io.themescope.web.Closest.distance("", "help")).isEqualTo(4);
        assertThat(io.themescope.web.Closest.distance("kitten", "sitting")).isEqualTo(3);
    }

    private static void assertUnknown(String word, String closest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {word, "docs/"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1);
        assertThat(text).startsWith("themescope: unknown command \"" + word + "\"; did you mean " + closest + "?");
    }
}
