package io.themescope.compare;

import java.util.Map;

/** What the database said per host: theme mentions, document totals and meetings hosted. */
record HostsData(Map<String, Map<String, Long>> mentions, Map<String, Totals> totals, Map<String, Long> meetings) {

    record Totals(long documents, long words, boolean synthetic) {
    }
}
