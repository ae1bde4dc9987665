package io.themescope.series;

import io.themescope.analytics.Bucket;
import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Meta;
import io.themescope.meetings.MeetingRef;
import io.themescope.stats.MovingAverage;
import io.themescope.stats.Smoothed;
import io.themescope.stats.Trend;
import io.themescope.stats.TrendStatistics;
import io.themescope.stats.WilsonInterval;
import io.themescope.themes.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shape stage of the series pipeline, pure: places meetings in buckets, fills the empty ones,
 * computes the metric with its denominators, smooths, fits trends and writes the warnings. Nothing
 * here touches the database, so every number can be checked by hand in a unit test.
 */
public final class SeriesShaper {

    static final int FEW_DOCUMENTS = 3;

    private final Taxonomy taxonomy;

    public SeriesShaper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public SeriesResponse shape(SeriesQuery q, SeriesData data, String taxonomyVersion) {
        List<String> warnings = new ArrayList<>();
        boolean synthetic = data.totals().values().stream().anyMatch(SeriesData.Totals::synthetic);

        LocalDate from = q.filters().period().from();
        LocalDate to = q.filters().period().to();
        List<MeetingRef> withData;
        if (q.bucket() == Bucketing.MEETING) {
            withData = data.meetings();
        } else if (data.range() != null) {
            withData = List.of();
            if (from == null) {
                from = data.range().first();
            }
            if (to == null) {
                to = data.range().last();
            }
        } else {
            // only meetings these buckets can hold may set the range: a meeting known by year alone
            // must not add empty quarters or months up to 1 January of its year
            withData = data.meetings().stream()
                    .filter(m -> data.totals().containsKey(m.id()) || data.themeCounts().containsKey(m.id()))
                    .filter(m -> q.bucket().accepts(m.datePrecision()))
                    .toList();
        }
        if (from == null) {
            from = withData.stream().map(MeetingRef::date).min(LocalDate::compareTo).orElse(null);
        }
        if (to == null) {
            to = withData.stream().map(MeetingRef::date).max(LocalDate::compareTo).orElse(null);
            if (to == null && from != null) {
                to = from.isAfter(q.today()) ? from : q.today();
            }
        }

        // every group ClickHouse answered for: a meeting id, or a bucket key for calendar buckets
        java.util.Set<String> groups = new java.util.LinkedHashSet<>(data.totals().keySet());
        groups.addAll(data.themeCounts().keySet());
        groups.addAll(data.allThemeMentions().keySet());
        List<Bucket> buckets = new ArrayList<>();
        Map<String, String> bucketOfMeeting = new HashMap<>();
        List<String> leftOut = new ArrayList<>();
        if (q.bucket() == Bucketing.MEETING) {
            for (MeetingRef m : data.meetings()) {
                buckets.add(new Bucket(m.id(), m.label(), m.date(), m.date()));
                bucketOfMeeting.put(m.id(), m.id());
            }
        } else {
            buckets.addAll(q.bucket().between(from, to));
            // only groups that are meeting ids need the meeting's bucket; ClickHouse names the rest
            // by their bucket key already, so most answers place no meeting here at all
            for (MeetingRef m : data.meetings()) {
                if (!groups.contains(m.id())) {
                    continue;
                }
                String key = q.bucket().keyOf(m.id(), m.date(), m.datePrecision());
                if (key == null) {
                    SeriesData.Totals t = data.totals().get(m.id());
                    if (t != null && t.documents() > 0) {
                        leftOut.add(m.label() + " (" + t.documents() + " documents)");
                    }
                } else {
                    bucketOfMeeting.put(m.id(), key);
                }
            }
        }
        if (!leftOut.isEmpty()) {
            warnings.add(leftOut.size() + " meeting(s) dated only to the year are left out of " + q.bucket().param()
                    + " buckets: " + String.join("; ", leftOut) + ".");
        }

        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            position.put(buckets.get(i).key(), i);
        }
        int n = buckets.size();
        long[] docs = new long[n];
        long[] words = new long[n];
        long[] allMentions = new long[n];
        Map<String, long[]> mentions = new LinkedHashMap<>();
        Map<String, long[]> mentioningDocs = new LinkedHashMap<>();
        for (String theme : q.themes()) {
            mentions.put(theme, new long[n]);
            mentioningDocs.put(theme, new long[n]);
        }
        for (String meeting : groups) {
            // a group is a meeting id, or (calendar buckets counted by ClickHouse) the bucket key itself
            String key = bucketOfMeeting.containsKey(meeting) ? bucketOfMeeting.get(meeting)
                    : position.containsKey(meeting) ? meeting : null;
            Integer i = key == null ? null : position.get(key);
            if (i == null) {
                continue;
            }
            SeriesData.Totals t = data.totals().get(meeting);
            if (t != null) {
                docs[i] += t.documents();
                words[i] += t.words();
            }
            allMentions[i] += data.allThemeMentions().getOrDefault(meeting, 0L);
            Map<String, SeriesData.Counts> c = data.themeCounts().getOrDefault(meeting, Map.of());
            for (String theme : q.themes()) {
                SeriesData.Counts counts = c.get(theme);
                if (counts != null) {
                    mentions.get(theme)[i] += counts.mentions();
                    mentioningDocs.get(theme)[i] += counts.documents();
                }
            }
        }

        List<SeriesResponse.BucketView> bucketViews = new ArrayList<>(n);
        List<String> thin = new ArrayList<>();
        int empty = 0;
        for (int i = 0; i < n; i++) {
            Bucket b = buckets.get(i);
            bucketViews.add(new SeriesResponse.BucketView(b.key(), b.label(), b.start(), b.end(), docs[i], words[i]));
            if (docs[i] == 0) {
                empty++;
            } else if (docs[i] < FEW_DOCUMENTS) {
                thin.add(b.label());
            }
        }
        long totalDocs = java.util.Arrays.stream(docs).sum();
        if (totalDocs == 0) {
            warnings.add("No documents match these filters.");
        }
        if (!thin.isEmpty()) {
            warnings.add("Fewer than " + FEW_DOCUMENTS + " documents in " + thin.size() + " bucket(s) ("
                    + String.join(", ", thin) + "); values there rest on little text.");
        }
        if (empty > 0 && totalDocs > 0 && (q.metric() == Metric.MENTIONS || q.metric() == Metric.DOCUMENTS)) {
            warnings.add(empty + " bucket(s) have no documents; for the " + q.metric().param() + " metric they count"
                    + " as 0, also in the trend. Use per10k or share to compare buckets of uneven coverage.");
        }

        List<SeriesResponse.ThemeSeries> out = new ArrayList<>();
        boolean truncatedWarned = false;
        for (String theme : q.themes()) {
            long[] m = mentions.get(theme);
            long[] d = mentioningDocs.get(theme);
            Double[] raw = new Double[n];
            Double[] low = new Double[n];
            Double[] high = new Double[n];
            for (int i = 0; i < n; i++) {
                raw[i] = switch (q.metric()) {
                    case MENTIONS -> (double) m[i];
                    case DOCUMENTS -> (double) d[i];
                    case PER10K -> words[i] == 0 ? null : m[i] * 10_000.0 / words[i];
                    case SHARE -> allMentions[i] == 0 ? null : m[i] / (double) allMentions[i];
                };
                if (q.metric() == Metric.SHARE) {
                    Optional<WilsonInterval> w = WilsonInterval.of(m[i], allMentions[i]);
                    low[i] = w.map(WilsonInterval::low).orElse(null);
                    high[i] = w.map(WilsonInterval::high).orElse(null);
                }
            }
            Double[] value = raw;
            if (q.smooth() > 1 && n > 0) {
                Smoothed s = MovingAverage.centred(raw, q.smooth());
                value = s.values().toArray(Double[]::new);
                if (s.truncated() && !truncatedWarned) {
                    warnings.add("Smoothing over " + q.smooth() + " buckets is truncated at the edges: the first and"
                            + " last " + (q.smooth() / 2) + " bucket(s) average fewer buckets.");
                    truncatedWarned = true;
                }
            }
            List<SeriesResponse.Point> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                points.add(new SeriesResponse.Point(buckets.get(i).key(), value[i], raw[i], m[i], d[i], words[i],
                        low[i], high[i]));
            }
            SeriesResponse.TrendView trend = trend(raw);
            if (raw.length > io.themescope.stats.TrendStatistics.MAX_POINTS && !warnings.contains(TOO_MANY_FOR_TRENDS)) {
                warnings.add(TOO_MANY_FOR_TRENDS);
            }
            if (trend == null) {
                warnings.add(theme + ": fewer than 3 buckets with a value; no trend computed.");
            }
            String label = taxonomy.theme(theme).map(t -> t.label()).orElse(theme);
            out.add(new SeriesResponse.ThemeSeries(theme, label, points, trend));
        }
        if (synthetic) {
            warnings.add("These numbers include synthetic demo documents, not real meeting texts.");
        }
        var resolved = new SeriesResponse.ResolvedQuery(q.themes(), q.bucket().param(), q.metric().param(), q.smooth(),
                from, to,
                q.filters().series(), q.filters().hosts(), q.filters().kinds());
        return new SeriesResponse(resolved, new Meta(warnings, synthetic, taxonomyVersion), bucketViews, out);
    }

    static final String TOO_MANY_FOR_TRENDS = "Trend statistics are left out: a series has more than "
            + io.themescope.stats.TrendStatistics.MAX_POINTS + " buckets.";

    static SeriesResponse.TrendView trend(Double[] raw) {
        if (raw.length > io.themescope.stats.TrendStatistics.MAX_POINTS) {
            return null;
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != null) {
                xs.add((double) i);
                ys.add(raw[i]);
            }
        }
        Optional<Trend> t = TrendStatistics.of(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        return t.map(s -> new SeriesResponse.TrendView(s.n(), s.olsSlope(), s.olsIntercept(), s.olsPValue(),
                s.rSquared(), s.kendallTau(), s.mannKendallPValue(), s.senSlope())).orElse(null);
    }
}
