package io.themescope.compare;

import io.themescope.web.ApiValidationException;

import java.util.Arrays;
import java.util.Locale;

/** Orders of the host list: by code, or by a count, largest first. */
public enum HostSort {
    HOST, MEETINGS, DOCUMENTS, WORDS, MENTIONS;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HostSort parse(String value) {
        if (value == null || value.isBlank()) {
            return HOST;
        }
        for (HostSort s : values()) {
            if (s.param().equals(value.strip())) {
                return s;
            }
        }
        throw ApiValidationException.of("sort", "enum", "sort must be one of "
                + String.join(", ", Arrays.stream(values()).map(HostSort::param).toList()) + "; got \"" + value + "\".");
    }
}
