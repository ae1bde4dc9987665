package io.themescope.convert;

import java.util.List;

/**
 * Finds the page of a character offset from the offsets where pages start, so each mention can
 * name the page an analyst will find it on. Also used by a reindex, which re-reads the stored map.
 */
public final class PageMap {

    private PageMap() {
    }

    /** The 1-based page holding {@code offset}, or null when there is no page map. */
    public static Integer pageOf(List<Integer> pageStarts, long offset) {
        if (pageStarts == null || pageStarts.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = pageStarts.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found + 1;
    }
}
