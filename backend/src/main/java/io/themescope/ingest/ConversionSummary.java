package io.themescope.ingest;

import io.themescope.convert.Conversion;

import java.util.List;

/**
 * What the conversion of an uploaded file did, as the ingest answer shows it: the format, pages
 * (null without pages), characters of text, the converter and its version, and its notes.
 */
public record ConversionSummary(String format, Integer pages, int characters, String converter, List<String> notes) {

    static ConversionSummary of(Conversion c) {
        return new ConversionSummary(c.format(), c.pages(), c.characters(), c.converter(), c.notes());
    }
}
