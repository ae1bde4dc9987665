package io.themescope.themes;

/**
 * A sentence of the original text without surrounding white space; {@code start} and {@code end}
 * are UTF-16 offsets into the original text, so {@code text.substring(start, end)} is {@code text}.
 */
public record Sentence(String text, long start, long end) {
}
