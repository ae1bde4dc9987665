package io.themescope.convert;

import java.time.Duration;

/**
 * Bounds on one conversion, so a hostile file costs a known amount of memory and time: pages and
 * characters kept, bytes a PDF may decompress to, wall time, and the heap PDFBox may use before it
 * spills to a temporary file.
 */
public record ConvertLimits(int maxPages, long maxCharacters, long maxDecompressedBytes, Duration maxTime,
                            long maxMainMemoryBytes) {

    public static ConvertLimits defaults() {
        return new ConvertLimits(2000, 16L << 20, 512L << 20, Duration.ofSeconds(60), 32L << 20);
    }
}
