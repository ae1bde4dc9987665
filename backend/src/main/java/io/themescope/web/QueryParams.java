package io.themescope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Helpers for repeatable query parameters: {@code host=LA&host=MY} and {@code host=LA,MY} mean the
 * same; blanks are dropped; host codes are checked against ISO 3166-1 alpha-2.
 */
public final class QueryParams {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private QueryParams() {
    }

    public static List<String> list(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String value : raw) {
            for (String part : value.split(",")) {
                String p = part.strip();
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    public static List<String> hosts(List<String> raw) {
        List<String> hosts = list(raw);
        List<ApiError> errors = new ArrayList<>();
        for (String h : hosts) {
            if (!COUNTRIES.contains(h)) {
                errors.add(new ApiError("host", "iso-3166-1-alpha-2", "host must be an ISO 3166-1 alpha-2 code in"
                        + " capitals, like LA or MY; got \"" + h + "\"."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return hosts;
    }

    /**
     * An ASCII whole number ({@code -?[0-9]{1,9}}): Integer.parseInt alone would also take "+5" and
     * digits of other scripts ("３"), which no client means to send.
     */
    public static int wholeNumber(String value) {
        String v = value.strip();
        if (!v.matches("-?[0-9]{1,9}")) {
            throw new NumberFormatException(v);
        }
        return Integer.parseInt(v);
    }
}
