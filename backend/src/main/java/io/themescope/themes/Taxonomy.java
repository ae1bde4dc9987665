package io.themescope.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned, validated set of themes in a stable order, plus the coordinated phrases that name
 * several of them. Built only by {@link TaxonomyLoader}, which guarantees the invariants.
 */
public final class Taxonomy {

    private final String version;
    private final String source;
    private final List<Theme> themes;
    private final List<Coordination> coordinations;
    private final Map<String, Theme> byId;

    Taxonomy(String version, String source, List<Theme> themes, List<Coordination> coordinations) {
        this.version = version;
        this.source = source;
        this.themes = List.copyOf(themes);
        this.coordinations = List.copyOf(coordinations);
        Map<String, Theme> map = new LinkedHashMap<>();
        for (Theme theme : themes) {
            map.put(theme.id(), theme);
        }
        this.byId = map;
    }

    public String version() {
        return version;
    }

    /** Where the taxonomy was read from (file path or classpath resource), for messages. */
    public String source() {
        return source;
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<Coordination> coordinations() {
        return coordinations;
    }

    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    int indexOf(String id) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Taxonomy[" + version + ", " + themes.size() + " themes, from " + source + "]";
    }
}
