package io.themescope.series;

import io.themescope.analytics.MeetingCatalog;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import io.themescope.ingest.IndexGeneration;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

/** Run stage of the series pipeline: the queries of {@link SeriesSql}, read into {@link SeriesData}. */
@Component
final class SeriesRunner {

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;

    SeriesRunner(ClickHouseExecutor executor, IndexGeneration generation) {
        this.executor = executor;
        this.generation = generation;
    }

    Mono<SeriesData> run(SeriesQuery q, boolean needAllThemes) {
        int g = generation.current();
        return executor.read(dsl -> {
            Map<String, Map<String, SeriesData.Counts>> counts = new HashMap<>();
            for (Record r : dsl.fetch(SeriesSql.themeCounts(dsl, q.themes(), q.filters(), g))) {
                counts.computeIfAbsent(r.get(ThemeMeetingCounts.MEETING_ID), k -> new HashMap<>())
                        .put(r.get(ThemeMeetingCounts.THEME), new SeriesData.Counts(r.get(SeriesSql.MENTIONS),
                                r.get(SeriesSql.DOCUMENTS)));
            }
            Map<String, Long> all = new HashMap<>();
            if (needAllThemes) {
                for (Record r : dsl.fetch(SeriesSql.allThemeCounts(dsl, q.filters(), g))) {
                    all.put(r.get(ThemeMeetingCounts.MEETING_ID), r.get(SeriesSql.MENTIONS));
                }
            }
            Map<String, SeriesData.Totals> totals = new HashMap<>();
            for (Record r : dsl.fetch(SeriesSql.documentTotals(dsl, q.filters()))) {
                totals.put(r.get(DocumentMeetingTotals.MEETING_ID), new SeriesData.Totals(r.get(SeriesSql.TOTAL_DOCUMENTS),
                        r.get(SeriesSql.TOTAL_WORDS), Boolean.TRUE.equals(r.get(SeriesSql.SYNTHETIC))));
            }
            return new SeriesData(MeetingCatalog.load(dsl, q.filters()), counts, all, totals);
        });
    }
}
