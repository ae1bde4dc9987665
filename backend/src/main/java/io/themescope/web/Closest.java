package io.themescope.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": the known words nearest to a mistyped one by edit distance, for messages that
 * name the closest command, meeting id or value instead of only saying what is wrong.
 */
public final class Closest {

    private Closest() {
    }

    /** Up to {@code limit} of {@code known}, nearest first, ties in alphabetical order. */
    public static List<String> to(String word, Collection<String> known, int limit) {
        return known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
