package io.themescope.cli;

import io.themescope.ThemeScopeApplication;
import io.themescope.backup.BackupService;
import io.themescope.backup.CorpusExport;
import org.jooq.DSLContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code backup DIR}, {@code restore BACKUP [--replace]} and {@code export-corpus FILE.ndjson} for a
 * store no server holds: each opens the store itself (so in embedded mode the server must be
 * stopped) with the same configuration as the server, does its work and prints one summary line.
 */
final class StoreCommands {

    private StoreCommands() {
    }

    private static ConfigurableApplicationContext open(List<String> options) {
        return new SpringApplicationBuilder(ThemeScopeApplication.class)
                .web(WebApplicationType.NONE)
                .properties("themescope.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.io.themescope=warn")
                .run(options.stream().filter(o -> !o.equals("--replace")).toArray(String[]::new));
    }

    static int backup(List<String> args, List<String> options, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: backup DIR   (writes DIR/<id>/ with one file per table and manifest.json)");
            return CommandLine.USAGE;
        }
        try (ConfigurableApplicationContext ctx = open(options)) {
            BackupService.Info info = ctx.getBean(BackupService.class).createIn(Path.of(args.getFirst()));
            out.printf("backup %s: %d documents, %d bytes in %s%n", info.id(), info.documents(), info.bytes(), info.path());
            return 0;
        }
    }

    static int restore(List<String> args, List<String> options, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: restore BACKUP_DIR [--replace]   (into an empty store; --replace overwrites a non-empty one)");
            return CommandLine.USAGE;
        }
        Path source = Path.of(args.getFirst());
        if (!Files.isDirectory(source)) {
            err.println("error: " + source + " is not a directory");
            return CommandLine.USAGE;
        }
        try (ConfigurableApplicationContext ctx = open(options)) {
            var m = ctx.getBean(BackupService.class).restore(source, options.contains("--replace"));
            out.printf("restored %s: %d documents, %d bytes from %s%n", m.id(), m.documents(), m.bytes(), m.path());
            return 0;
        }
    }

    static int exportCorpus(List<String> args, List<String> options, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) {
            err.println("usage: export-corpus FILE.ndjson   (every document with its meeting, in the ingest format)");
            return CommandLine.USAGE;
        }
        Path file = Path.of(args.getFirst());
        try (ConfigurableApplicationContext ctx = open(options);
             OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long n = CorpusExport.write(ctx.getBean(DSLContext.class), o);
            out.printf("exported %d documents to %s%n", n, file);
            return 0;
        }
    }
}
