package io.themescope.themes;

import java.util.Arrays;
import java.util.Optional;

/** The three families a theme belongs to; {@link #id()} is the value written in the taxonomy. */
public enum ThemeGroup {
    TRADITIONAL_SECURITY("traditional-security"),
    NON_TRADITIONAL_SECURITY("non-traditional-security"),
    COOPERATION_AND_NORMS("cooperation-and-norms");

    private final String id;

    ThemeGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ThemeGroup> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
