package io.themescope.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's glyphs into reading order. Glyphs on one baseline form a line, split into fragments
 * at wide gaps; when the fragments of a page leave a vertical gutter that few of them cross, the
 * page has two columns, and each band between full-width lines is read left column first, then right.
 */
final class PageLayout {

    /** One glyph as PDFBox placed it: x and baseline y from the top, in points. */
    record Glyph(float x, float y, float width, float fontSize, String text) {
    }

    /** A line of text in reading order; {@code block} changes at every column and band. */
    record Line(String text, float y, float fontSize, int block, boolean fullWidth) {
    }

    private record Fragment(float x0, float x1, float y, float fontSize, String text) {
    }

    private PageLayout() {
    }

    static List<Line> layout(List<Glyph> glyphs) {
        List<Fragment> fragments = fragments(glyphs);
        if (fragments.isEmpty()) {
            return List.of();
        }
        Float gutter = gutter(fragments);
        List<Line> out = new ArrayList<>();
        if (gutter == null) {
            addLines(fragments, 0, false, out);
            return out;
        }
        float g = gutter;
        int block = 0;
        List<Fragment> left = new ArrayList<>();
        List<Fragment> right = new ArrayList<>();
        for (Fragment f : fragments) { // fragments are in baseline order
            boolean crosses = f.x0 < g && f.x1 > g;
            if (crosses) {
                block = flush(left, right, block, out);
                addLines(List.of(f), block++, true, out);
            } else if (f.x1 <= g) {
                left.add(f);
            } else {
                right.add(f);
            }
        }
        flush(left, right, block, out);
        return out;
    }

    private static int flush(List<Fragment> left, List<Fragment> right, int block, List<Line> out) {
        if (!left.isEmpty()) {
            addLines(left, block++, false, out);
        }
        if (!right.isEmpty()) {
            addLines(right, block++, false, out);
        }
        left.clear();
        right.clear();
        return block;
    }

    /** Merges the fragments of one column that share a baseline into lines. */
    private static void addLines(List<Fragment> fragments, int block, boolean fullWidth, List<Line> out) {
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(Fragment::y).thenComparingDouble(Fragment::x0));
        StringBuilder text = new StringBuilder();
        Fragment first = null;
        for (Fragment f : sorted) {
            if (first != null && Math.abs(f.y - first.y) > 0.3f * Math.max(1f, first.fontSize)) {
                out.add(new Line(text.toString().strip(), first.y, first.fontSize, block, fullWidth));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = f;
            } else {
                text.append(' ');
            }
            text.append(f.text);
        }
        if (first != null) {
            out.add(new Line(text.toString().strip(), first.y, first.fontSize, block, fullWidth));
        }
    }

    private static List<Fragment> fragments(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        // group into baselines first, then order each baseline by x
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lineY = Float.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y - lineY) > 0.3f * Math.max(1f, g.fontSize)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineY = g.y;
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        List<Fragment> out = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            float x0 = 0;
            float x1 = 0;
            float size = 0;
            float y = 0;
            for (Glyph g : line) {
                if (text.length() > 0) {
                    float gap = g.x - x1;
                    if (gap > 1.5f * Math.max(1f, g.fontSize)) {
                        addFragment(out, x0, x1, y, size, text);
                        text.setLength(0);
                    } else if (gap > 0.2f * g.fontSize && !g.text.isBlank() && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
                if (text.length() == 0) {
                    x0 = g.x;
                    y = g.y;
                    size = g.fontSize;
                }
                if (g.text.isBlank()) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    text.append(g.text);
                }
                x1 = Math.max(x1, g.x + g.width);
                if (text.length() == 1) {
                    x1 = g.x + g.width;
                }
            }
            addFragment(out, x0, x1, y, size, text);
        }
        return out;
    }

    private static void addFragment(List<Fragment> out, float x0, float x1, float y, float size, StringBuilder text) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            out.add(new Fragment(x0, x1, y, size, t));
        }
    }

    /**
     * The x of a gutter between two columns, or null: the point in the middle half of the text's
     * width crossed by the fewest fragments, taken when at most a fifth of them cross it and at
     * least three lie wholly on each side.
     */
    private static Float gutter(List<Fragment> fragments) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Fragment f : fragments) {
            min = Math.min(min, f.x0);
            max = Math.max(max, f.x1);
        }
        float width = max - min;
        if (width < 50 || fragments.size() < 6) {
            return null;
        }
        int bestCross = Integer.MAX_VALUE;
        float bestStart = 0;
        float bestEnd = 0;
        boolean inRun = false;
        for (float x = min + width * 0.25f; x <= min + width * 0.75f; x += 1f) {
            int cross = 0;
            for (Fragment f : fragments) {
                if (f.x0 < x && f.x1 > x) {
                    cross++;
                }
            }
            if (cross < bestCross) {
                bestCross = cross;
                bestStart = x;
                bestEnd = x;
                inRun = true;
            } else if (cross == bestCross && inRun) {
                bestEnd = x;
            } else {
                inRun = false;
            }
        }
        float g = (bestStart + bestEnd) / 2;
        int left = 0;
        int right = 0;
        for (Fragment f : fragments) {
            if (f.x1 <= g) {
                left++;
            } else if (f.x0 >= g) {
                right++;
            }
        }
        return bestCross * 5 <= fragments.size() && left >= 3 && right >= 3 ? g : null;
    }
}
