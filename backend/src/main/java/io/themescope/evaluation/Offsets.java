package io.themescope.evaluation;

/**
 * Converts between the code-point offsets gold labels are written in (Python string indices) and
 * the UTF-16 offsets of Java strings and the extractor. A text without surrogate pairs, nearly
 * every text, needs no table: both offsets are the same.
 */
final class Offsets {

    private final int length;
    private final int[] utf16ByCodePoint;

    private Offsets(int length, int[] utf16ByCodePoint) {
        this.length = length;
        this.utf16ByCodePoint = utf16ByCodePoint;
    }

    static Offsets of(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            return new Offsets(codePoints, null);
        }
        int[] table = new int[codePoints + 1];
        int i = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            table[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        table[codePoints] = text.length();
        return new Offsets(codePoints, table);
    }

    /** Length of the text in code points. */
    int length() {
        return length;
    }

    /** The UTF-16 index of code point {@code cp} (0..length). */
    int utf16(int cp) {
        return utf16ByCodePoint == null ? cp : utf16ByCodePoint[cp];
    }

    /** The code-point index of UTF-16 index {@code index}; an index inside a pair counts as its pair. */
    int codePoint(long index) {
        if (utf16ByCodePoint == null) {
            return Math.toIntExact(index);
        }
        int pos = java.util.Arrays.binarySearch(utf16ByCodePoint, Math.toIntExact(index));
        return pos >= 0 ? pos : -pos - 2;
    }
}
