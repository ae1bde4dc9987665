package io.themescope.stats;

/**
 * Co-occurrence strength of two themes A and B over N units (sentences or documents), from the
 * number of units mentioning A, B and both. Jaccard answers "how much do their mentions overlap";
 * PMI and lift answer "how much more often than chance do they appear together".
 *
 * @param jaccard |A∩B| / |A∪B|; null when neither theme occurs
 * @param pmi log2(p(a,b) / (p(a)·p(b))) with p = count/N; null when the themes never co-occur
 *     (the logarithm would be −∞) or either never occurs
 * @param lift p(a,b) / (p(a)·p(b)) = 2^pmi; 0 when they never co-occur, null when either never occurs
 */
public record Association(long unitsWithA, long unitsWithB, long unitsWithBoth, long totalUnits, Double jaccard,
        Double pmi, Double lift) {

    public Association {
        Finite.require("jaccard", jaccard);
        Finite.require("pmi", pmi);
        Finite.require("lift", lift);
    }

    /**
     * @throws IllegalArgumentException unless 0 ≤ both ≤ min(a, b) and a + b − both ≤ N
     */
    public static Association of(long unitsWithA, long unitsWithB, long unitsWithBoth, long totalUnits) {
        if (unitsWithBoth < 0 || unitsWithBoth > Math.min(unitsWithA, unitsWithB)) {
            throw new IllegalArgumentException("need 0 <= both <= min(a, b), got a=" + unitsWithA + " b="
                    + unitsWithB + " both=" + unitsWithBoth);
        }
        long union = Math.addExact(unitsWithA - unitsWithBoth, unitsWithB);
        if (union > totalUnits) {
            throw new IllegalArgumentException("a + b - both = " + union + " exceeds the " + totalUnits + " units");
        }
        Double jaccard = union == 0 ? null : (double) unitsWithBoth / union;
        Double lift = null;
        Double pmi = null;
        if (unitsWithA > 0 && unitsWithB > 0) {
            // p(a,b)/(p(a)p(b)) = both·N/(a·b); products in double so large counts cannot overflow.
            double ratio = (double) unitsWithBoth * totalUnits / ((double) unitsWithA * unitsWithB);
            lift = ratio;
            pmi = unitsWithBoth == 0 ? null : Math.log(ratio) / Math.log(2.0);
        }
        return new Association(unitsWithA, unitsWithB, unitsWithBoth, totalUnits, jaccard, pmi, lift);
    }
}
