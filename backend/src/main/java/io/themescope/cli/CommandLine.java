package io.themescope.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dispatches the jar's command words. Options starting with {@code --} are handed to Spring (e.g.
 * {@code --themescope.clickhouse.embedded.data-dir=...}); the rest are the command's arguments.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("import") || args[0].equals("extract") || args[0].equals("help"));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> operands = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String a : Arrays.asList(args).subList(1, args.length)) {
            (a.startsWith("--") ? options : operands).add(a);
        }
        try {
            return switch (args[0]) {
                case "import" -> ImportCommand.run(operands, options.toArray(String[]::new), out, err);
                case "extract" -> ExtractCommand.run(operands, options, out, err);
                default -> {
                    out.println("""
                            usage: java -jar themescope.jar                      serve the API and dashboard
                                   java -jar themescope.jar import PATH...       store documents from files
                                   java -jar themescope.jar extract [--counts] FILE...
                                                                                 print mentions without storing""");
                    yield 0;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
