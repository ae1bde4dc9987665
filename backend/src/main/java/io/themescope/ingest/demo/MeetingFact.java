package io.themescope.ingest.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real ADMM or ADMM-Plus meeting as documented by public sources. It anchors the synthetic demo
 * corpus to true meeting numbers, years, hosts and mottos; {@code date} is always set, and
 * {@code precision} tells how much of it the sources confirmed.
 */
public record MeetingFact(
        String series,
        Integer number,
        int year,
        LocalDate date,
        DatePrecision precision,
        String hostCountry,
        String hostCity,
        boolean virtual,
        String motto,
        List<String> sources) {

    public static final String ADMM = "ADMM";
    public static final String ADMM_PLUS = "ADMM-Plus";

    public MeetingFact {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(hostCountry, "hostCountry");
        sources = List.copyOf(sources);
    }

    /** True for ADMM-Plus meetings, which also bring in the eight dialogue partners. */
    public boolean isPlus() {
        return ADMM_PLUS.equals(series);
    }
}
