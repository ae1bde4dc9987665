package io.themescope.analytics;

import java.time.LocalDate;

/** A time bucket: its key (what clients send back), a label for charts and its first and last day. */
public record Bucket(String key, String label, LocalDate start, LocalDate end) {
}
