package io.themescope.evaluation;

/**
 * One gold mention, kept in both offset systems: {@code start}/{@code end} in UTF-16 units to
 * compare with the extractor's mentions, {@code cpStart}/{@code cpEnd} in code points as labelled.
 */
record Span(int start, int end, int cpStart, int cpEnd, String text) {
}
