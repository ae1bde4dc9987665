package io.themescope.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dispatches the jar's command words. Options starting with {@code --} are handed to Spring (e.g.
 * {@code --themescope.clickhouse.embedded.data-dir=...}); the rest are the command's arguments.
 * Commands are explicit: a misspelt word must not fall through to starting the web server.
 */
public final class CommandLine {

    /** Exit status for bad usage, shared by every command. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: java -jar themescope.jar serve [--property=value...]  serve the API and dashboard (also without a command)
                   java -jar themescope.jar import PATH...       store documents from files
                   java -jar themescope.jar import --manifest FILES.csv [PATH...]
                   java -jar themescope.jar import --meeting ID --kind KIND [--title T] [--published-on D]
                          [--source-url U] [--language L] FILE   store one PDF, HTML or text file
                   java -jar themescope.jar extract [--counts] FILE...
                                                                 print mentions without storing
                   java -jar themescope.jar evaluate --gold GOLD.json... CORPUS_DIR [--json | --markdown]
                          [--show-errors N] [--min-precision X] [--min-recall Y]
                                                                 score the extractor against gold labels;
                                                                 exit 3 below a floor, 2 on invalid gold
                   java -jar themescope.jar backup DIR           copy the whole store (server stopped) into DIR/<id>
                   java -jar themescope.jar restore BACKUP [--replace]
                                                                 load a backup into an empty store (server stopped)
                   java -jar themescope.jar export-corpus FILE.ndjson
                                                                 write every document in the ingest format
                   java -jar themescope.jar help                 this text""";

    private CommandLine() {
    }

    /** True when the arguments ask for the server: no arguments, only {@code --options}, or {@code serve}. */
    public static boolean serves(String[] args) {
        return args.length == 0 || args[0].startsWith("--") || args[0].equals(Commands.SERVE);
    }

    /** The arguments Spring gets when serving: {@code serve} itself dropped, and nothing else accepted. */
    public static String[] serveArguments(String[] args) {
        return args.length > 0 && args[0].equals(Commands.SERVE) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    /** Why {@code serve} cannot run with these arguments (a stray word), or null. */
    public static String serveProblem(String[] args) {
        for (String a : serveArguments(args)) {
            if (!a.startsWith("--")) {
                return "serve takes only --property=value options; got \"" + a + "\"";
            }
        }
        return null;
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
                case "backup" -> StoreCommands.backup(operands, options, out, err);
                case "restore" -> StoreCommands.restore(operands, options, out, err);
                case "export-corpus" -> StoreCommands.exportCorpus(operands, options, out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield 0;
                }
                default -> {
                    err.println(Commands.unknown(args[0]));
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
