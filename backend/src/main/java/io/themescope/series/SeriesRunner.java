package io.themescope.series;

import io.themescope.analytics.MeetingDirectory;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import io.themescope.ingest.IndexGeneration;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

/** Run stage of the series pipeline: the one query of {@link SeriesSql}, read into {@link SeriesData}. */
@Component
final class SeriesRunner {

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final MeetingDirectory meetings;

    SeriesRunner(ClickHouseExecutor executor, IndexGeneration generation, MeetingDirectory meetings) {
        this.executor = executor;
        this.generation = generation;
        this.meetings = meetings;
    }

    Mono<SeriesData> run(SeriesQuery q, boolean needAllThemes) {
        int g = generation.current();
        Mono<SeriesData> counts = executor.read(dsl -> {
            Map<String, Map<String, SeriesData.Counts>> themeCounts = new HashMap<>();
            Map<String, Long> all = new HashMap<>();
            Map<String, SeriesData.Totals> totals = new HashMap<>();
            java.time.LocalDate first = null;
            java.time.LocalDate last = null;
            for (Record r : dsl.fetch(SeriesSql.query(dsl, q.themes(), q.filters(), g, needAllThemes, q.bucket()))) {
                String meeting = r.get(SeriesSql.MEETING);
                switch (r.get(SeriesSql.PART)) {
                    case "c" -> {
                        String theme = r.get(SeriesSql.THEME);
                        if (!ThemeMeetingCounts.TOTALS.equals(theme)) {
                            themeCounts.computeIfAbsent(meeting, k -> new HashMap<>())
                                    .put(theme, new SeriesData.Counts(r.get(SeriesSql.A), r.get(SeriesSql.B)));
                            continue;
                        }
                        totals.put(meeting, new SeriesData.Totals(r.get(SeriesSql.B), r.get(SeriesSql.WORDS),
                                r.get(SeriesSql.SYNTHETIC) != null && r.get(SeriesSql.SYNTHETIC) != 0));
                        Long from = r.get(SeriesSql.FIRST_DAY);
                        Long to = r.get(SeriesSql.LAST_DAY);
                        if (from != null && (first == null || from < first.toEpochDay())) {
                            first = java.time.LocalDate.ofEpochDay(from);
                        }
                        if (to != null && (last == null || to > last.toEpochDay())) {
                            last = java.time.LocalDate.ofEpochDay(to);
                        }
                    }
                    case "a" -> all.put(meeting, r.get(SeriesSql.A));
                    default -> throw new IllegalStateException("unknown part " + r.get(SeriesSql.PART));
                }
            }
            return new SeriesData(java.util.List.of(), themeCounts, all, totals, new SeriesData.Range(first, last));
        });
        return Mono.zip(counts, meetings.matching(q.filters()))
                .map(t -> new SeriesData(t.getT2(), t.getT1().themeCounts(), t.getT1().allThemeMentions(),
                        t.getT1().totals(), t.getT1().range()));
    }
}
