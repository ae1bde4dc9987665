package io.themescope.cli;

import io.themescope.ThemeScopeApplication;
import io.themescope.ingest.BulkReport;
import io.themescope.ingest.DocumentRequestParser;
import io.themescope.ingest.IngestService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import PATH...}: stores documents from files through the same pipeline as the API, with a
 * progress bar on stderr and a summary (accepted, duplicates, rejected with reasons) on stdout.
 * It opens the store itself, so in embedded mode the server must not hold the same data directory.
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(List<String> args, String[] springArgs, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            err.println("usage: import PATH...   (.txt/.md with a --- header, .json, .ndjson; directories are searched)");
            return 2;
        }
        List<Path> files = ImportSources.expand(args);
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ThemeScopeApplication.class)
                .web(WebApplicationType.NONE)
                .properties("themescope.demo.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.io.themescope=warn")
                .run(springArgs)) {
            IngestService ingest = ctx.getBean(IngestService.class);
            ImportSources sources = new ImportSources(ctx.getBean(DocumentRequestParser.class));
            List<String> labels = new ArrayList<>();
            ProgressBar bar = new ProgressBar(err, totalBytes, System.console() != null);
            Flux<DocumentRequestParser.Result> items = Flux.<ImportSources.Item>create(sink -> {
                        for (Path f : files) {
                            sources.read(f, sink::next);
                        }
                        sink.complete();
                    })
                    .doOnNext(item -> {
                        synchronized (labels) {
                            labels.add(item.label());
                        }
                    })
                    .map(ImportSources.Item::result);
            BulkReport report = ingest.ingestAll(items, results -> bar.advance(
                    results.stream().mapToLong(IngestService.Result::chars).sum(),
                    results.stream().filter(r -> !r.outcome().isRejected()).count()), "files").block();
            bar.finish();
            out.printf("accepted: %d%nduplicates: %d%nrejected: %d%n", report.accepted(), report.duplicates(),
                    report.rejected().size());
            for (BulkReport.Rejected r : report.rejected()) {
                String label = labels.get((int) r.line() - 1);
                r.errors().forEach(e -> out.printf("  %s: %s (%s: %s)%n", label, e.message(), e.field(), e.rule()));
            }
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }
}
