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
        return args.length > 0 && switch (args[0]) {
            case "import", "extract", "evaluate", "help" -> true;
            default -> false;
        };
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
                // its flags take values (--manifest FILE), so it reads the words itself
                case "import" -> ImportCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
                case "extract" -> ExtractCommand.run(operands, options, out, err);
                // its options take values (--gold FILE), so it reads the words itself
                case "evaluate" -> io.themescope.evaluation.EvaluateCommand.run(Arrays.asList(args).subList(1, args.length),
                        out, err);
                default -> {
                    out.println("""
                            usage: java -jar themescope.jar                      serve the API and dashboard
                                   java -jar themescope.jar import PATH...       store documents from files
                                   java -jar themescope.jar import --manifest FILES.csv [PATH...]
                                   java -jar themescope.jar import --meeting ID --kind KIND [--title T] [--published-on D]
                                          [--source-url U] [--language L] FILE   store one PDF, HTML or text file
                                   java -jar themescope.jar extract [--counts] FILE...
                                                                                 print mentions without storing
                                   java -jar themescope.jar evaluate --gold GOLD.json... CORPUS_DIR [--json | --markdown]
                                          [--show-errors N] [--min-precision X] [--min-recall Y]
                                                                                 score the extractor against gold labels;
                                                                                 exit 3 below a floor, 2 on invalid gold""");
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
