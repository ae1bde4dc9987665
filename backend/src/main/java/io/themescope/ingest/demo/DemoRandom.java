package io.themescope.ingest.demo;

import java.util.List;

/**
 * SplitMix64, written out so the demo corpus depends on no library's random algorithm: the same seed
 * yields the same numbers on every JVM. Only integer arithmetic, {@code StrictMath} and plain IEEE
 * double operations are used, which Java specifies bit for bit.
 */
final class DemoRandom {

    private long state;

    DemoRandom(long seed) {
        this.state = seed;
    }

    /** A seed derived from a text key (64-bit FNV-1a over its UTF-16 units), mixed with a base seed. */
    static long seed(long base, String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return new DemoRandom(base ^ hash).nextLong();
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [low, high], both inclusive. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** A Poisson draw (Knuth's method), fine for the small means used here. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        int k = 0;
        double product = nextDouble();
        while (product > limit) {
            k++;
            product *= nextDouble();
        }
        return k;
    }
}
