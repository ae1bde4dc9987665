package io.themescope.compare;

import io.themescope.analytics.AnalyticsCache;
import io.themescope.analytics.Filters;
import io.themescope.analytics.ThemeParams;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
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

    public static final int MAX_THEMES = 40;

    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final HostsShaper shaper;

    private final AnalyticsCache cache;

    HostsService(ClickHouseExecutor executor, IndexGeneration generation, Taxonomy taxonomy, AnalyticsCache cache) {
        this.executor = executor;
        this.generation = generation;
        this.shaper = new HostsShaper(taxonomy);
        this.cache = cache;
    }

    public static HostsQuery parse(Taxonomy taxonomy, List<String> theme, String from, String to, List<String> series,
                                   List<String> host, List<String> kind, String sort) {
        List<ApiError> errors = new ArrayList<>();
        List<String> themes = null;
        Filters filters = null;
        HostSort order = null;
        try {
            themes = ThemeParams.parse(theme, taxonomy, 0, MAX_THEMES);
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
        return cache.get(List.of("hosts", q, g), () -> executor.read(dsl -> {
            Map<String, Map<String, Long>> mentions = new HashMap<>();
            for (Record r : dsl.fetch(HostsSql.themeCounts(dsl, q.themes(), q.filters(), g))) {
                mentions.computeIfAbsent(r.get(ThemeMeetingCounts.HOST_COUNTRY), k -> new HashMap<>())
                        .put(r.get(ThemeMeetingCounts.THEME), r.get(HostsSql.MENTIONS));
            }
            Map<String, HostsData.Totals> totals = new HashMap<>();
            for (Record r : dsl.fetch(HostsSql.documentTotals(dsl, q.filters()))) {
                totals.put(r.get(DocumentMeetingTotals.HOST_COUNTRY), new HostsData.Totals(r.get(HostsSql.DOCUMENTS),
                        r.get(HostsSql.WORDS), Boolean.TRUE.equals(r.get(HostsSql.SYNTHETIC))));
            }
            Map<String, Long> meetings = new HashMap<>();
            for (Record r : dsl.fetch(HostsSql.meetingCounts(dsl, q.filters()))) {
                meetings.put(r.get(Meetings.HOST_COUNTRY), r.get(HostsSql.MEETINGS));
            }
            return new HostsData(mentions, totals, meetings);
        }).map(data -> shaper.shape(q, data, version)));
    }
}
