package io.themescope.themes;

import java.util.List;

/**
 * A coordinated phrase that names several themes at once ("ASEAN's unity and centrality"). A match
 * of one of its {@code phrases} yields one mention of each of its {@code themes}, all with the
 * span of the whole phrase, and hides the terms inside it, so none is counted twice.
 */
public record Coordination(List<String> themes, List<String> phrases, String description, List<String> examples) {

    public Coordination {
        themes = List.copyOf(themes);
        phrases = List.copyOf(phrases);
        examples = List.copyOf(examples);
    }
}
