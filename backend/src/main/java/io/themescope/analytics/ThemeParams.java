package io.themescope.analytics;

import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.QueryParams;

import java.util.ArrayList;
import java.util.List;

/** Checks {@code theme} parameters against the taxonomy in use; an unknown id lists the valid ones. */
public final class ThemeParams {

    private ThemeParams() {
    }

    /**
     * The requested theme ids in request order. {@code min}/{@code max} bound how many; when none are
     * given and {@code min} is 0, every theme of the taxonomy is meant.
     */
    public static List<String> parse(List<String> raw, Taxonomy taxonomy, int min, int max) {
        return parse(raw, taxonomy, min, max, null);
    }

    /** As above; {@code limitProperty} names the setting behind {@code max} in the error. */
    public static List<String> parse(List<String> raw, Taxonomy taxonomy, int min, int max, String limitProperty) {
        List<String> ids = QueryParams.list(raw);
        List<ApiError> errors = new ArrayList<>();
        for (String id : ids) {
            if (taxonomy.theme(id).isEmpty()) {
                errors.add(new ApiError("theme", "known-theme", "Unknown theme \"" + id + "\"; valid themes are "
                        + String.join(", ", taxonomy.ids()) + "."));
            }
        }
        if (ids.size() < min) {
            errors.add(new ApiError("theme", "count", "theme is required: give between " + min + " and " + max
                    + " theme ids, e.g. theme=arms-race."));
        }
        if (ids.size() > max) {
            errors.add(new ApiError("theme", "count", "Too many themes: at most " + max + " per request"
                    + (limitProperty == null ? "" : " (" + limitProperty + ")") + "; got " + ids.size() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return ids.isEmpty() ? taxonomy.ids() : ids;
    }
}
