package io.themescope.stats;

/**
 * Guards the package-wide promise that no NaN or infinity reaches a result record (and so the
 * JSON): records check their fields on construction, computations map undefined values to null.
 */
final class Finite {

    private Finite() {
    }

    /** Fails fast if a result field would carry a non-finite value; null is allowed. */
    static void require(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalStateException(field + " must be finite or null, was " + value);
        }
    }

    /** The value itself when finite, otherwise null. */
    static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Rejects NaN and infinite inputs, naming the offending position. */
    static void checkInput(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not a finite number: " + values[i]);
            }
        }
    }
}
