package io.themescope.export;

import io.themescope.compare.HostsResponse;
import io.themescope.series.SeriesResponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Flattens JSON responses into export tables: series long or wide, hosts one row per host and theme. */
final class Tables {

    private Tables() {
    }

    static Table seriesLong(SeriesResponse r) {
        boolean share = "share".equals(r.query().metric());
        List<Table.Column> cols = new ArrayList<>(List.of(col("bucket", "String"), col("bucket_label", "String"),
                col("theme", "String"), col("value", "Nullable(Float64)"), col("raw", "Nullable(Float64)"),
                col("mentions", "UInt64"), col("documents", "UInt64"), col("words", "UInt64")));
        if (share) {
            cols.add(col("low", "Nullable(Float64)"));
            cols.add(col("high", "Nullable(Float64)"));
        }
        Map<String, String> labels = labels(r);
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesResponse.ThemeSeries s : r.series()) {
            for (SeriesResponse.Point p : s.points()) {
                List<Object> row = new ArrayList<>(Arrays.asList(p.bucket(), labels.get(p.bucket()), s.theme(), p.value(),
                        p.raw(), p.mentions(), p.documents(), p.words()));
                if (share) {
                    row.add(p.low());
                    row.add(p.high());
                }
                rows.add(row);
            }
        }
        return new Table(cols, rows);
    }

    static Table seriesWide(SeriesResponse r) {
        List<Table.Column> cols = new ArrayList<>(List.of(col("bucket", "String"), col("bucket_label", "String")));
        for (SeriesResponse.ThemeSeries s : r.series()) {
            cols.add(col(s.theme(), "Nullable(Float64)"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.buckets().size(); i++) {
            SeriesResponse.BucketView b = r.buckets().get(i);
            List<Object> row = new ArrayList<>(List.of(b.key(), b.label()));
            for (SeriesResponse.ThemeSeries s : r.series()) {
                row.add(s.points().get(i).value());
            }
            rows.add(row);
        }
        return new Table(cols, rows);
    }

    static Table hosts(HostsResponse r) {
        List<Table.Column> cols = List.of(col("host", "String"), col("host_meetings", "UInt64"),
                col("host_documents", "UInt64"), col("host_words", "UInt64"), col("theme", "String"),
                col("mentions", "UInt64"), col("per10k", "Nullable(Float64)"), col("share", "Nullable(Float64)"),
                col("lift", "Nullable(Float64)"), col("expected", "Nullable(Float64)"),
                col("residual", "Nullable(Float64)"));
        List<List<Object>> rows = new ArrayList<>();
        for (HostsResponse.Host h : r.hosts()) {
            for (HostsResponse.Cell c : h.themes()) {
                rows.add(Arrays.asList(h.host(), h.meetings(), h.documents(), h.words(), c.theme(), c.mentions(),
                        c.per10k(), c.share(), c.lift(), c.expected(), c.residual()));
            }
        }
        return new Table(cols, rows);
    }

    private static Map<String, String> labels(SeriesResponse r) {
        Map<String, String> labels = new HashMap<>();
        r.buckets().forEach(b -> labels.put(b.key(), b.label()));
        return labels;
    }

    private static Table.Column col(String name, String type) {
        return new Table.Column(name, type);
    }
}
