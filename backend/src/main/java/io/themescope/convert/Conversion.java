package io.themescope.convert;

import java.time.LocalDate;
import java.util.List;

/**
 * What a converter made of an uploaded file: the text to count, where each page starts in it, and
 * what it did on the way (notes), so the answer can show an analyst why the text reads as it does.
 * Title and date are only offers: the request's own metadata wins.
 *
 * @param format      pdf, html, text or markdown
 * @param contentType the media type of the original bytes
 * @param pageStarts  offset in {@code text} where each page begins (page 1 first); null without pages
 */
public record Conversion(String format, String contentType, String text, List<Integer> pageStarts, String converter,
                         List<String> notes, String title, LocalDate publishedOn) {

    /** Pages of the original, or null for formats without pages. */
    public Integer pages() {
        return pageStarts == null ? null : pageStarts.size();
    }

    public int characters() {
        return text.length();
    }
}
