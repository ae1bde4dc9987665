package io.themescope.passages;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.analytics.Meta;
import io.themescope.analytics.ThemeParams;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.ingest.IndexGeneration;
import io.themescope.meetings.MeetingRef;
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

/** Parse → run → shape for passages: the page of mentions, then titles and meeting labels for that page only. */
@Service
public final class PassagesService {


    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final Taxonomy taxonomy;

    private final io.themescope.web.QueryLimits limits;

    PassagesService(ClickHouseExecutor executor, IndexGeneration generation, Taxonomy taxonomy,
                    io.themescope.web.QueryLimits limits) {
        this.limits = limits;
        this.executor = executor;
        this.generation = generation;
        this.taxonomy = taxonomy;
    }

    public PassageQuery parse(List<String> theme, String from, String to, List<String> series, List<String> host,
                              List<String> kind, String bucket, String bucketing, String limit, String cursor) {
        List<ApiError> errors = new ArrayList<>();
        List<String> themes = null;
        Filters filters = null;
        Bucketing b = null;
        int n = 50;
        PassageQuery.Cursor after = null;
        try {
            themes = ThemeParams.parse(theme, taxonomy, 0, taxonomy.ids().size());
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            filters = Filters.parse(from, to, series, host, kind);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        boolean hasBucket = bucket != null && !bucket.isBlank();
        try {
            b = bucketing == null || bucketing.isBlank() ? (hasBucket ? Bucketing.YEAR : null)
                    : Bucketing.parse(bucketing, "bucketing");
            if (hasBucket && b != Bucketing.MEETING) {
                BucketKeys.parse(b, bucket.strip());
            }
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (limit != null && !limit.isBlank()) {
            try {
                n = io.themescope.web.QueryParams.wholeNumber(limit);
                if (n < 1 || n > limits.maxPassagesPage()) {
                    errors.add(new ApiError("limit", "range", "limit must be between 1 and " + limits.maxPassagesPage()
                            + " (themescope.limits.max-passages-page); got " + n + "."));
                }
            } catch (NumberFormatException e) {
                errors.add(new ApiError("limit", "integer", "limit must be a whole number; got \"" + limit + "\"."));
            }
        }
        try {
            after = CursorCodec.decode(cursor);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new PassageQuery(themes, filters, b, hasBucket ? bucket.strip() : null, n, after);
    }

    public Mono<PassagesResponse> passages(PassageQuery q) {
        int g = generation.current();
        String version = generation.taxonomyVersion();
        return executor.read(dsl -> {
            List<Record> rows = new ArrayList<>(dsl.fetch(PassageSql.page(dsl, q, g)));
            boolean more = rows.size() > q.limit();
            if (more) {
                rows = rows.subList(0, q.limit());
            }
            List<String> docIds = rows.stream().map(r -> r.get(Mentions.DOCUMENT_ID)).distinct().toList();
            List<String> meetingIds = rows.stream().map(r -> r.get(Mentions.MEETING_ID)).distinct().toList();
            Map<String, String> titles = new HashMap<>();
            Map<String, MeetingRef> meetings = new HashMap<>();
            if (!docIds.isEmpty()) {
                for (Record r : dsl.select(Documents.ID, Documents.TITLE).from(Documents.TABLE)
                        .where(Documents.ID.in(docIds)).fetch()) {
                    titles.put(r.get(Documents.ID), r.get(Documents.TITLE));
                }
                for (Record r : dsl.select(Meetings.ID, Meetings.SERIES, Meetings.NUMBER, Meetings.DATE,
                                Meetings.DATE_PRECISION, Meetings.HOST_COUNTRY, Meetings.HOST_CITY)
                        .from(Meetings.TABLE).where(Meetings.ID.in(meetingIds)).orderBy(Meetings.UPDATED_AT).fetch()) {
                    meetings.put(r.get(Meetings.ID), MeetingRef.of(r.get(Meetings.ID), r.get(Meetings.SERIES),
                            r.get(Meetings.NUMBER), r.get(Meetings.DATE), r.get(Meetings.DATE_PRECISION),
                            r.get(Meetings.HOST_COUNTRY), r.get(Meetings.HOST_CITY)));
                }
            }
            List<PassagesResponse.Item> items = new ArrayList<>();
            boolean synthetic = false;
            for (Record r : rows) {
                MeetingRef m = meetings.get(r.get(Mentions.MEETING_ID));
                int start = r.get(Mentions.START);
                int end = r.get(Mentions.END);
                int sentenceStart = r.get(Mentions.SENTENCE_START);
                boolean syn = Boolean.TRUE.equals(r.get(Mentions.SYNTHETIC));
                synthetic |= syn;
                items.add(new PassagesResponse.Item(r.get(Mentions.DOCUMENT_ID), titles.get(r.get(Mentions.DOCUMENT_ID)),
                        m == null ? new PassagesResponse.MeetingInfo(r.get(Mentions.MEETING_ID), r.get(Mentions.MEETING_ID),
                                r.get(Mentions.MEETING_DATE), null)
                                : new PassagesResponse.MeetingInfo(m.id(), m.label(), m.date(), m.hostCountry()),
                        r.get(Mentions.THEME), r.get(Mentions.TERM), r.get(Mentions.SENTENCE), start, end,
                        start - sentenceStart, end - sentenceStart, r.get(Mentions.PAGE), syn));
            }
            String next = null;
            if (more && !rows.isEmpty()) {
                Record last = rows.getLast();
                next = CursorCodec.encode(new PassageQuery.Cursor(last.get(Mentions.MEETING_DATE),
                        last.get(Mentions.DOCUMENT_ID), last.get(Mentions.START), last.get(Mentions.THEME)));
            }
            List<String> warnings = new ArrayList<>();
            if (synthetic) {
                warnings.add("These passages come from synthetic demo documents, not real meeting texts.");
            }
            var resolved = new PassagesResponse.ResolvedQuery(q.themes(), q.filters().period().from(),
                    q.filters().period().to(), q.filters().series(), q.filters().hosts(), q.filters().kinds(),
                    q.bucketing() == null ? null : q.bucketing().param(), q.bucket(), q.limit());
            return new PassagesResponse(resolved, new Meta(warnings, synthetic, version), items, next);
        });
    }
}
