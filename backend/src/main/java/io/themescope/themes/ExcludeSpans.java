package io.themescope.themes;

import java.util.Arrays;

/**
 * The exclude phrases seen recently in a scan, as (start, end, theme) spans in global offsets. An
 * exclude may start before the term it silences ("national unity government" covers "unity"), so
 * spans are kept until the scan has moved past their end.
 */
final class ExcludeSpans {

    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private int[] themes = new int[8];
    private int size;

    /** Forgets spans that end at or before {@code position}. */
    void forgetBefore(long position) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (ends[k] > position) {
                starts[kept] = starts[k];
                ends[kept] = ends[k];
                themes[kept] = themes[k];
                kept++;
            }
        }
        size = kept;
    }

    void add(long start, long end, int theme) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            themes = Arrays.copyOf(themes, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        themes[size] = theme;
        size++;
    }

    /** Whether an exclude of {@code theme} covers the whole of [start, end). */
    boolean covers(int theme, long start, long end) {
        for (int k = 0; k < size; k++) {
            if (themes[k] == theme && starts[k] <= start && ends[k] >= end) {
                return true;
            }
        }
        return false;
    }
}
