package io.themescope.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The largest one-to-one pairing of gold and predicted spans where paired spans overlap
 * (half-open intervals that intersect), found by Kuhn's augmenting paths. Greedy pairing would
 * depend on order; a maximum matching's size does not. Inputs are one document and one theme.
 */
final class Matching {

    /** {@code goldToPrediction[g]} is the prediction paired with gold g, or -1; likewise the other way. */
    record Result(int[] goldToPrediction, int[] predictionToGold, int size) {
    }

    private Matching() {
    }

    static boolean overlap(long aStart, long aEnd, long bStart, long bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    /** Spans as {start, end} pairs in one offset system. */
    static Result maximum(List<long[]> gold, List<long[]> predicted) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (long[] g : gold) {
            List<Integer> c = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (overlap(g[0], g[1], predicted.get(p)[0], predicted.get(p)[1])) {
                    c.add(p);
                }
            }
            candidates.add(c);
        }
        int[] predictionToGold = new int[predicted.size()];
        Arrays.fill(predictionToGold, -1);
        int size = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, candidates, predictionToGold, new boolean[predicted.size()])) {
                size++;
            }
        }
        int[] goldToPrediction = new int[gold.size()];
        Arrays.fill(goldToPrediction, -1);
        for (int p = 0; p < predictionToGold.length; p++) {
            if (predictionToGold[p] >= 0) {
                goldToPrediction[predictionToGold[p]] = p;
            }
        }
        return new Result(goldToPrediction, predictionToGold, size);
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] predictionToGold, boolean[] seen) {
        for (int p : candidates.get(g)) {
            if (!seen[p]) {
                seen[p] = true;
                if (predictionToGold[p] < 0 || augment(predictionToGold[p], candidates, predictionToGold, seen)) {
                    predictionToGold[p] = g;
                    return true;
                }
            }
        }
        return false;
    }
}
