package io.themescope.analytics;

import io.themescope.clickhouse.schema.Meetings;
import io.themescope.meetings.MeetingRef;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings that match a filter, newest version of each, in date order: the buckets of the
 * meeting view and the labels every response uses for meetings.
 */
public final class MeetingCatalog {

    private MeetingCatalog() {
    }

    /**
     * The newest version of each meeting, then the filters on those newest values. Filtering in an
     * outer query matters twice: ClickHouse resolves a name in WHERE to a SELECT alias first, so a
     * filter next to {@code argMax(date, ...) AS date} would be an aggregate in WHERE; and a filter on
     * raw rows could match an outdated version of a meeting.
     */
    public static Select<?> sql(DSLContext dsl, Filters filters) {
        Table<?> newest = dsl.select(Meetings.ID, latest(Meetings.SERIES), latest(Meetings.NUMBER),
                        latest(Meetings.DATE), latest(Meetings.DATE_PRECISION), latest(Meetings.HOST_COUNTRY),
                        latest(Meetings.HOST_CITY))
                .from(Meetings.TABLE)
                .groupBy(Meetings.ID)
                .asTable("m");
        return dsl.select(newest.fields())
                .from(newest)
                .where(filters.onMeetings())
                .orderBy(Meetings.ID);
    }

    /** The value from the newest row of a meeting (the table keeps versions until it merges them). */
    private static <T> Field<T> latest(Field<T> field) {
        return DSL.function("argMax", field.getDataType(), field, Meetings.UPDATED_AT).as(field.getName());
    }

    /** Blocking; run it through the executor. */
    public static List<MeetingRef> load(DSLContext dsl, Filters filters) {
        Map<String, MeetingRef> out = new LinkedHashMap<>();
        for (Record r : dsl.fetch(sql(dsl, filters))) {
            out.put(r.get(Meetings.ID), MeetingRef.of(r.get(Meetings.ID), r.get(Meetings.SERIES),
                    r.get(Meetings.NUMBER), r.get(Meetings.DATE), r.get(Meetings.DATE_PRECISION),
                    r.get(Meetings.HOST_COUNTRY), r.get(Meetings.HOST_CITY)));
        }
        List<MeetingRef> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(MeetingRef::date).thenComparing(MeetingRef::series).thenComparing(MeetingRef::id));
        return list;
    }
}
