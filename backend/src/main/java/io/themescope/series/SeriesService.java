package io.themescope.series;

import io.themescope.analytics.AnalyticsCache;
import io.themescope.ingest.IndexGeneration;
import io.themescope.themes.Taxonomy;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;

/** Runs a validated series query and shapes the answer; shared by the JSON endpoint and the exports. */
@Service
public final class SeriesService {

    private final SeriesRunner runner;
    private final SeriesShaper shaper;
    private final IndexGeneration generation;

    private final AnalyticsCache cache;

    SeriesService(SeriesRunner runner, Taxonomy taxonomy, IndexGeneration generation, AnalyticsCache cache) {
        this.runner = runner;
        this.shaper = new SeriesShaper(taxonomy);
        this.generation = generation;
        this.cache = cache;
    }

    public Mono<SeriesResponse> series(SeriesQuery q) {
        String version = generation.taxonomyVersion();
        return cache.get(List.of("series", q, generation.current()),
                () -> runner.run(q, q.metric() == Metric.SHARE).map(data -> shaper.shape(q, data, version)));
    }
}
