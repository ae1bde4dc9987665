package io.themescope.compare;

import io.themescope.analytics.AnalyticsCache;
import io.themescope.analytics.Filters;
import io.themescope.analytics.MeetingDirectory;
import io.themescope.analytics.ThemeParams;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.ingest.IndexGeneration;
import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a host comparison: the three queries of {@link HostsSql} in one call, then the shaper. */
@Service
public final class HostsService {

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final HostsShaper shaper;

    private final AnalyticsCache cache;
    private final MeetingDirectory meetings;

    HostsService(ClickHouseExecutor executor, IndexGeneration generation, Taxonomy taxonomy, AnalyticsCache cache,
                 MeetingDirectory meetings) {
        this.executor = executor;
        this.generation = generation;
        this.shaper = new HostsShaper(taxonomy);
        this.cache = cache;
        this.meetings = meetings;
    }

    public static HostsQuery parse(Taxonomy taxonomy, io.themescope.web.QueryLimits limits, List<String> theme, String from, String to, List<String> series,
                                   List<String> host, List<String> kind, String sort) {
        List<ApiError> errors = new ArrayList<>();
        List<String> themes = null;
        Filters filters = null;
        HostSort order = null;
        try {
            themes = ThemeParams.parse(theme, taxonomy, 0, limits.maxHostThemes(),
                    "themescope.limits.max-host-themes");
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            filters = Filters.parse(from, to, series, host, kind);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            order = HostSort.parse(sort);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new HostsQuery(themes, theme == null || theme.isEmpty(), filters, order);
    }

    public Mono<HostsResponse> hosts(HostsQuery q) {
        int g = generation.current();
        String version = generation.taxonomyVersion();
        Mono<HostsData> data = executor.read(dsl -> {
            Map<String, Map<String, Long>> mentions = new HashMap<>();
            Map<String, HostsData.Totals> totals = new HashMap<>();
            for (Record r : dsl.fetch(HostsSql.query(dsl, q.themes(), q.filters(), g))) {
                String host = r.get(HostsSql.HOST);
                if ("t".equals(r.get(HostsSql.PART))) {
                    mentions.computeIfAbsent(host, k -> new HashMap<>()).put(r.get(HostsSql.THEME), r.get(HostsSql.A));
                } else {
                    totals.put(host, new HostsData.Totals(r.get(HostsSql.A), r.get(HostsSql.B),
                            "1".equals(r.get(HostsSql.THEME))));
                }
            }
            return new HostsData(mentions, totals, Map.of());
        });
        return cache.get(List.of("hosts", q, g), () -> Mono.zip(data, meetings.matching(q.filters()))
                .map(t -> {
                    Map<String, Long> hosted = new HashMap<>();
                    t.getT2().forEach(m -> hosted.merge(m.hostCountry(), 1L, Long::sum));
                    return shaper.shape(q, new HostsData(t.getT1().mentions(), t.getT1().totals(), hosted), version);
                }));
    }
}
