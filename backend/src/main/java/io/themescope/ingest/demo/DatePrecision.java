package io.themescope.ingest.demo;

/**
 * How much of a meeting date the sources actually gave. Charts and the demo text need a full
 * {@link java.time.LocalDate}, so a partial date is stored as the first day of its month or year and
 * this marker says which parts are real.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
