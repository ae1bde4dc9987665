package io.themescope.ingest;

import io.themescope.clickhouse.ClickHouseEndpoint;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.ClickHouseProperties;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.ingest.demo.DemoCorpus;
import io.themescope.ingest.demo.DemoDocument;
import io.themescope.ingest.demo.MeetingFact;
import io.themescope.ingest.demo.MeetingFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fills an empty store with the real ADMM and ADMM-Plus meetings (facts with their sources) and a
 * deterministic synthetic corpus about them, so a first run has something to chart. Every demo
 * document is flagged synthetic and says so in its title. On by default in embedded mode only.
 */
@Component
final class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final Boolean enabled;
    private final ClickHouseEndpoint endpoint;
    private final ClickHouseExecutor executor;
    private final IngestService ingest;
    private final io.themescope.clickhouse.BulkInsert bulk;

    DemoLoader(@Value("${themescope.demo.enabled:#{null}}") Boolean enabled, ClickHouseEndpoint endpoint,
               ClickHouseExecutor executor, IngestService ingest, io.themescope.clickhouse.BulkInsert bulk) {
        this.enabled = enabled;
        this.endpoint = endpoint;
        this.executor = executor;
        this.ingest = ingest;
        this.bulk = bulk;
    }

    boolean active() {
        return enabled != null ? enabled : endpoint.mode() == ClickHouseProperties.Mode.EMBEDDED;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() {
        if (!active()) {
            return;
        }
        long documents = executor.write(dsl -> dsl.fetchCount(Documents.TABLE)).blockOptional().orElse(0);
        if (documents > 0) {
            return;
        }
        List<MeetingFact> meetings = MeetingFacts.load();
        executor.write(dsl -> {
            MeetingRow.insert(bulk, meetings.stream().map(DemoLoader::row).toList(), LocalDateTime.now(ZoneOffset.UTC));
            return meetings.size();
        }).block();
        List<DemoDocument> docs = DemoCorpus.generate(meetings);
        BulkReport report = ingest.ingestAll(Flux.fromIterable(docs).map(DemoLoader::toResult),
                IngestService.ProgressListener.NONE, "demo").block();
        LOG.info("loaded SYNTHETIC demo data: {} real meetings, {} synthetic documents ({} rejected);"
                        + " set themescope.demo.enabled=false to start empty", meetings.size(), report.accepted(),
                report.rejected().size());
        if (!report.rejected().isEmpty()) {
            LOG.warn("demo documents rejected: {}", report.rejected());
        }
    }

    static MeetingRow row(MeetingFact m) {
        NewDocument.MeetingInput input = input(m);
        return new MeetingRow(input.id(), m.series(), m.number(), input.date().date(), input.date().precision().label(),
                m.hostCountry(), m.hostCity(), m.virtual(), m.motto(), m.sources(), false);
    }

    static NewDocument.MeetingInput input(MeetingFact m) {
        PartialDate.Precision p = PartialDate.Precision.valueOf(m.precision().name());
        return new NewDocument.MeetingInput(m.series(), m.number(), new PartialDate(m.date(), p), m.hostCountry(),
                m.hostCity(), m.motto());
    }

    static DocumentRequestParser.Result toResult(DemoDocument d) {
        return new DocumentRequestParser.Result(new NewDocument(d.title(), d.kind(), d.publishedOn(), d.sourceUrl(),
                d.language(), input(d.meeting()), d.text(), true), List.of());
    }
}
