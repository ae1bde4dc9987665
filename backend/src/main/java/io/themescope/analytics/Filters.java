package io.themescope.analytics;

import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Meetings;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.ingest.DocumentRequestParser;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.Period;
import io.themescope.web.QueryParams;
import org.jooq.Condition;
import org.jooq.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.jooq.impl.DSL.noCondition;

/**
 * The filters every analytics endpoint shares: period, series, host and document kind. Each turns
 * into a jOOQ condition on the table at hand and collapses to {@code noCondition()} when absent, so
 * the builders compose them without special cases.
 */
public record Filters(Period period, List<String> series, List<String> hosts, List<String> kinds) {

    /** Checks period, kinds and hosts and reports every broken rule of all three at once. */
    public static Filters parse(String from, String to, List<String> series, List<String> host, List<String> kind) {
        List<ApiError> errors = new ArrayList<>();
        Period period = null;
        try {
            period = Period.parse(from, to);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        List<String> kinds = QueryParams.list(kind);
        for (String k : kinds) {
            if (!DocumentRequestParser.KINDS.contains(k)) {
                errors.add(new ApiError("kind", "enum", "kind must be one of "
                        + String.join(", ", new TreeSet<>(DocumentRequestParser.KINDS)) + "; got \"" + k + "\"."));
            }
        }
        List<String> hosts = null;
        try {
            hosts = QueryParams.hosts(host);
        } catch (ApiValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new Filters(period, QueryParams.list(series), hosts, kinds);
    }

    public static Filters none() {
        return new Filters(new Period(null, null), List.of(), List.of(), List.of());
    }

    public Condition onMentions() {
        return common(Mentions.MEETING_DATE, Mentions.SERIES, Mentions.HOST_COUNTRY)
                .and(kinds.isEmpty() ? noCondition() : Mentions.KIND.in(kinds));
    }

    public Condition onDocuments() {
        return common(Documents.MEETING_DATE, Documents.SERIES, Documents.HOST_COUNTRY)
                .and(kinds.isEmpty() ? noCondition() : Documents.KIND.in(kinds));
    }

    public Condition onThemeCounts() {
        return common(io.themescope.clickhouse.schema.ThemeMeetingCounts.MEETING_DATE,
                io.themescope.clickhouse.schema.ThemeMeetingCounts.SERIES,
                io.themescope.clickhouse.schema.ThemeMeetingCounts.HOST_COUNTRY)
                .and(kinds.isEmpty() ? noCondition() : io.themescope.clickhouse.schema.ThemeMeetingCounts.KIND.in(kinds));
    }

    public Condition onDocumentTotals() {
        return common(io.themescope.clickhouse.schema.DocumentMeetingTotals.MEETING_DATE,
                io.themescope.clickhouse.schema.DocumentMeetingTotals.SERIES,
                io.themescope.clickhouse.schema.DocumentMeetingTotals.HOST_COUNTRY)
                .and(kinds.isEmpty() ? noCondition() : io.themescope.clickhouse.schema.DocumentMeetingTotals.KIND.in(kinds));
    }

    /** Meetings have no kind: a kind filter narrows documents, not the list of meetings. */
    public Condition onMeetings() {
        return common(Meetings.DATE, Meetings.SERIES, Meetings.HOST_COUNTRY);
    }

    private Condition common(Field<LocalDate> date, Field<String> seriesField, Field<String> hostField) {
        Condition c = noCondition();
        if (period.from() != null) {
            c = c.and(date.ge(period.from()));
        }
        if (period.to() != null) {
            c = c.and(date.le(period.to()));
        }
        if (!series.isEmpty()) {
            c = c.and(seriesField.in(series));
        }
        if (!hosts.isEmpty()) {
            c = c.and(hostField.in(hosts));
        }
        return c;
    }
}
