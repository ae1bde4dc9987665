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
    private List<MeetingRef> all;
    private long epoch;

    MeetingDirectory(ClickHouseExecutor executor) {
        this.executor = executor;
    }

    /**
     * The meetings matching {@code filters} (period, series, host; kind does not apply), in date order.
     * A miss loads them for this caller alone (no shared in-flight load a cancelled request could
     * leave unfinished) and keeps them unless a write happened meanwhile.
     */
    public Mono<List<MeetingRef>> matching(Filters filters) {
        return Mono.defer(() -> {
            List<MeetingRef> known;
            long seen;
            synchronized (this) {
                known = all;
                seen = epoch;
            }
            Mono<List<MeetingRef>> list = known != null ? Mono.just(known)
                    : executor.read(dsl -> MeetingCatalog.load(dsl, Filters.none())).doOnNext(loaded -> {
                        synchronized (this) {
                            if (seen == epoch) {
                                all = loaded;
                            }
                        }
                    });
            return list.map(l -> l.stream().filter(m -> matches(m, filters)).toList());
        });
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
        synchronized (this) {
            all = null;
            epoch++;
        }
    }
}
