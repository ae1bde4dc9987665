package io.themescope.meetings;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.Period;
import io.themescope.web.QueryParams;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.noCondition;

/** The meetings known to the store, in date order, with their sources and how many documents each has. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingsController {

    private final ClickHouseExecutor executor;

    MeetingsController(ClickHouseExecutor executor) {
        this.executor = executor;
    }

    record MeetingView(String id, String series, Integer number, LocalDate date, String datePrecision, int year,
                       String hostCountry, String hostCity, boolean virtual, String title, List<String> sources,
                       String label, long documents) {
    }

    @Operation(summary = "Meetings in date order with their sources and document counts")
    @GetMapping
    Mono<Map<String, Object>> list(@RequestParam(required = false) List<String> series,
                                   @RequestParam(required = false) List<String> host,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        List<String> s = QueryParams.list(series);
        List<ApiError> errors = new ArrayList<>();
        List<String> h = null;
        Period period = null;
        try {
            h = QueryParams.hosts(host);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            period = Period.parse(from, to);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        Condition c = noCondition();
        if (!s.isEmpty()) {
            c = c.and(Meetings.SERIES.in(s));
        }
        if (!h.isEmpty()) {
            c = c.and(Meetings.HOST_COUNTRY.in(h));
        }
        if (period.from() != null) {
            c = c.and(Meetings.DATE.ge(period.from()));
        }
        if (period.to() != null) {
            c = c.and(Meetings.DATE.le(period.to()));
        }
        Condition where = c;
        return executor.read(dsl -> {
            Map<String, Long> docs = new HashMap<>();
            for (Record r : dsl.select(Documents.MEETING_ID, DSL.countDistinct(Documents.ID)).from(Documents.TABLE)
                    .groupBy(Documents.MEETING_ID).fetch()) {
                docs.put(r.get(Documents.MEETING_ID), r.get(1, Long.class));
            }
            Map<String, MeetingView> latest = new LinkedHashMap<>();
            for (Record r : dsl.select(Meetings.ID, Meetings.SERIES, Meetings.NUMBER, Meetings.DATE,
                            Meetings.DATE_PRECISION, Meetings.YEAR, Meetings.HOST_COUNTRY, Meetings.HOST_CITY,
                            Meetings.VIRTUAL, Meetings.TITLE, Meetings.SOURCES)
                    .from(Meetings.TABLE).where(where)
                    .orderBy(Meetings.UPDATED_AT.asc()).fetch()) {
                String id = r.get(Meetings.ID);
                String[] sources = r.get(Meetings.SOURCES);
                latest.put(id, new MeetingView(id, r.get(Meetings.SERIES), r.get(Meetings.NUMBER), r.get(Meetings.DATE),
                        r.get(Meetings.DATE_PRECISION), r.get(Meetings.YEAR), r.get(Meetings.HOST_COUNTRY),
                        r.get(Meetings.HOST_CITY), Boolean.TRUE.equals(r.get(Meetings.VIRTUAL)), r.get(Meetings.TITLE),
                        sources == null ? List.of() : List.of(sources),
                        MeetingRef.label(r.get(Meetings.SERIES), r.get(Meetings.NUMBER), r.get(Meetings.DATE),
                                r.get(Meetings.DATE_PRECISION), r.get(Meetings.HOST_COUNTRY), r.get(Meetings.HOST_CITY)),
                        docs.getOrDefault(id, 0L)));
            }
            List<MeetingView> items = new ArrayList<>(latest.values());
            items.sort(java.util.Comparator.comparing(MeetingView::date).thenComparing(MeetingView::series)
                    .thenComparing(MeetingView::id));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", items);
            body.put("total", items.size());
            return body;
        });
    }
}
