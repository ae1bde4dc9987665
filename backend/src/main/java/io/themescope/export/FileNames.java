package io.themescope.export;

import io.themescope.compare.HostsQuery;
import io.themescope.passages.PassageQuery;
import io.themescope.series.SeriesQuery;
import io.themescope.web.Period;

import java.util.List;

/**
 * File names that say what a download holds, e.g.
 * {@code themescope-series-per10k-by-year-arms-race+major-power-rivalry-2010-2024-long.csv}.
 */
final class FileNames {

    private FileNames() {
    }

    static String series(SeriesQuery q, boolean wide) {
        return "themescope-series-" + q.metric().param() + "-by-" + q.bucket().param() + "-" + themes(q.themes())
                + period(q.filters().period()) + (q.smooth() > 1 ? "-smooth" + q.smooth() : "") + (wide ? "-wide" : "-long");
    }

    static String hosts(HostsQuery q) {
        return "themescope-hosts-" + (q.allThemes() ? "all-themes" : themes(q.themes())) + period(q.filters().period());
    }

    static String mentions(PassageQuery q) {
        return "themescope-mentions-" + themes(q.themes()) + period(q.filters().period())
                + (q.bucket() == null ? "" : "-" + q.bucketing().param() + "-" + safe(q.bucket()));
    }

    private static String themes(List<String> themes) {
        return themes.size() > 3 ? themes.size() + "-themes" : String.join("+", themes);
    }

    private static String period(Period p) {
        if (p.from() == null && p.to() == null) {
            return "-all-dates";
        }
        return "-" + (p.from() == null ? "start" : p.from()) + "-to-" + (p.to() == null ? "end" : p.to());
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
