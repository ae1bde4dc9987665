package io.themescope.analytics;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.ingest.AnalyticsCacheInvalidation;
import io.themescope.meetings.MeetingRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

/**
 * All meetings, held in memory between writes: there are a few hundred at most, every analytics
 * answer needs some of them, and they only change when documents are stored. Filtering here
 * applies the same rules as {@link Filters#onMeetings()}.
 */
@Component
public final class MeetingDirectory {

    private final ClickHouseExecutor executor;
    private volatile Mono<List<MeetingRef>> all;

    MeetingDirectory(ClickHouseExecutor executor) {
        this.executor = executor;
        this.all = load();
    }

    private Mono<List<MeetingRef>> load() {
        return executor.read(dsl -> MeetingCatalog.load(dsl, Filters.none())).cache();
    }

    /** The meetings matching {@code filters} (period, series, host; kind does not apply), in date order. */
    public Mono<List<MeetingRef>> matching(Filters filters) {
        return all.map(list -> list.stream().filter(m -> matches(m, filters)).toList());
    }

    static boolean matches(MeetingRef m, Filters f) {
        LocalDate from = f.period().from();
        LocalDate to = f.period().to();
        return (from == null || !m.date().isBefore(from)) && (to == null || !m.date().isAfter(to))
                && (f.series().isEmpty() || f.series().contains(m.series()))
                && (f.hosts().isEmpty() || f.hosts().contains(m.hostCountry()));
    }

    @EventListener
    void dataChanged(AnalyticsCacheInvalidation.DataChanged event) {
        all = load();
    }
}
