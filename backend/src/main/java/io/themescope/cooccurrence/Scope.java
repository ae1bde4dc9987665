package io.themescope.cooccurrence;

import io.themescope.web.ApiValidationException;

import java.util.Locale;

/** What counts as "together": the same sentence (default) or the same document. */
public enum Scope {
    SENTENCE, DOCUMENT;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scope parse(String value) {
        if (value == null || value.isBlank()) {
            return SENTENCE;
        }
        for (Scope s : values()) {
            if (s.param().equals(value.strip())) {
                return s;
            }
        }
        throw ApiValidationException.of("scope", "enum", "scope must be one of sentence, document; got \"" + value + "\".");
    }
}
