package io.themescope.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Removes running headers, footers and page numbers: a line at the top or bottom of a page whose
 * text, with digits ignored, is at the top (or bottom) of at least half of the pages (and of two).
 * Such lines are furniture, not content, and would otherwise count the same theme once per page.
 */
final class RunningLines {

    record Removed(int headerPages, int footerPages, int pageNumberPages) {
    }

    private RunningLines() {
    }

    /** Removes them in place (two lines deep at each end); returns on how many pages each kind went. */
    static Removed remove(List<List<PageLayout.Line>> pages) {
        int header = 0;
        int footer = 0;
        int numbers = 0;
        int n = pages.size();
        if (n < 2) {
            return new Removed(0, 0, 0);
        }
        int need = Math.max(2, (n + 1) / 2);
        boolean[] headerOn = new boolean[n];
        boolean[] footerOn = new boolean[n];
        boolean[] numberOn = new boolean[n];
        for (int round = 0; round < 2; round++) {
            Map<String, Integer> tops = new HashMap<>();
            Map<String, Integer> bottoms = new HashMap<>();
            for (List<PageLayout.Line> page : pages) {
                if (!page.isEmpty()) {
                    tops.merge(key(top(page)), 1, Integer::sum);
                    if (page.size() > 1) {
                        bottoms.merge(key(bottom(page)), 1, Integer::sum);
                    }
                }
            }
            for (int p = 0; p < n; p++) {
                List<PageLayout.Line> page = pages.get(p);
                if (!page.isEmpty() && tops.get(key(top(page))) >= need) {
                    boolean number = isNumber(top(page));
                    page.remove(top(page));
                    if (number) {
                        numberOn[p] = true;
                    } else {
                        headerOn[p] = true;
                    }
                }
                if (page.size() > 1 && bottoms.getOrDefault(key(bottom(page)), 0) >= need) {
                    boolean number = isNumber(bottom(page));
                    page.remove(bottom(page));
                    if (number) {
                        numberOn[p] = true;
                    } else {
                        footerOn[p] = true;
                    }
                }
            }
        }
        for (int p = 0; p < n; p++) {
            header += headerOn[p] ? 1 : 0;
            footer += footerOn[p] ? 1 : 0;
            numbers += numberOn[p] ? 1 : 0;
        }
        return new Removed(header, footer, numbers);
    }

    private static PageLayout.Line top(List<PageLayout.Line> page) {
        PageLayout.Line best = page.getFirst();
        for (PageLayout.Line l : page) {
            if (l.y() < best.y()) {
                best = l;
            }
        }
        return best;
    }

    private static PageLayout.Line bottom(List<PageLayout.Line> page) {
        PageLayout.Line best = page.getFirst();
        for (PageLayout.Line l : page) {
            if (l.y() > best.y()) {
                best = l;
            }
        }
        return best;
    }

    static String key(PageLayout.Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** "3", "- 3 -", "Page 3 of 12", "iv": a page number and nothing else. */
    private static boolean isNumber(PageLayout.Line line) {
        String k = line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("[\\s\\-–—|/.]+", "");
        return k.equals("#") || k.equals("page#") || k.equals("page#of#") || k.equals("#of#")
                || k.matches("[ivxlc]{1,6}");
    }

    static List<List<PageLayout.Line>> mutable(List<List<PageLayout.Line>> pages) {
        List<List<PageLayout.Line>> out = new ArrayList<>();
        for (List<PageLayout.Line> p : pages) {
            out.add(new ArrayList<>(p));
        }
        return out;
    }
}
