package io.themescope.themes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a taxonomy into a phrase trie and refuses ambiguity: every key (one way of writing a
 * phrase) may belong to one theme's terms or to one coordination only, so a passage can never be
 * claimed by two themes through their term lists. An exclude may share a key with another theme's
 * term (it only silences its own theme) but not with a term of its own theme.
 */
final class PhraseCompiler {

    private record Owner(String where, String field, String phrase, int theme, int coordination) {
    }

    private final Taxonomy taxonomy;
    private final PhraseTrie.Builder builder = new PhraseTrie.Builder();
    private final Map<String, Owner> owners = new HashMap<>();

    private PhraseCompiler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    static PhraseTrie compile(Taxonomy taxonomy) {
        PhraseCompiler compiler = new PhraseCompiler(taxonomy);
        compiler.addTerms();
        compiler.addCoordinations();
        compiler.addExcludes();
        compiler.markWordBoundaries();
        return compiler.builder.build();
    }

    private void addTerms() {
        List<Theme> themes = taxonomy.themes();
        for (int t = 0; t < themes.size(); t++) {
            Theme theme = themes.get(t);
            String where = "theme '" + theme.id() + "'";
            for (String term : theme.terms()) {
                PhraseTrie.Entry entry = new PhraseTrie.Entry(PhraseTrie.Kind.TERM, new int[] {t}, term);
                Owner owner = new Owner(where, "terms", term, t, -1);
                for (String key : keys(where, "terms", term)) {
                    Owner existing = owners.get(key);
                    if (existing == null) {
                        owners.put(key, owner);
                        builder.add(key, entry);
                    } else if (existing.theme() != t) {
                        throw clash(owner, existing, key);
                    }
                }
            }
        }
    }

    private void addCoordinations() {
        List<Coordination> coordinations = taxonomy.coordinations();
        for (int c = 0; c < coordinations.size(); c++) {
            Coordination coordination = coordinations.get(c);
            int[] themes = coordination.themes().stream().mapToInt(taxonomy::indexOf).toArray();
            String where = coordinationName(c, coordination);
            for (String phrase : coordination.phrases()) {
                PhraseTrie.Entry entry = new PhraseTrie.Entry(PhraseTrie.Kind.COORDINATION, themes, phrase);
                Owner owner = new Owner(where, "phrases", phrase, -1, c);
                for (String key : keys(where, "phrases", phrase)) {
                    Owner existing = owners.get(key);
                    if (existing == null) {
                        owners.put(key, owner);
                        builder.add(key, entry);
                    } else if (existing.coordination() != c) {
                        throw clash(owner, existing, key);
                    }
                }
            }
        }
    }

    private void addExcludes() {
        List<Theme> themes = taxonomy.themes();
        for (int t = 0; t < themes.size(); t++) {
            Theme theme = themes.get(t);
            String where = "theme '" + theme.id() + "'";
            Set<String> seen = new HashSet<>();
            for (String exclude : theme.exclude()) {
                PhraseTrie.Entry entry = new PhraseTrie.Entry(PhraseTrie.Kind.EXCLUDE, new int[] {t}, exclude);
                for (String key : keys(where, "exclude", exclude)) {
                    Owner existing = owners.get(key);
                    if (existing != null && existing.theme() == t) {
                        throw new TaxonomyException(taxonomy.source() + ": " + where + ": field 'exclude': \""
                            + exclude + "\" matches the same text as its own term \"" + existing.phrase() + "\"");
                    }
                    if (seen.add(key)) {
                        builder.add(key, entry);
                    }
                }
            }
        }
    }

    /** Marks where the terms' and coordinations' first words end, for restoring elided words. */
    private void markWordBoundaries() {
        List<String> phrases = new java.util.ArrayList<>();
        taxonomy.themes().forEach(t -> phrases.addAll(t.terms()));
        taxonomy.coordinations().forEach(c -> phrases.addAll(c.phrases()));
        for (String phrase : phrases) {
            String[] words = phrase.strip().split("\\s+");
            StringBuilder prefix = new StringBuilder();
            for (int w = 0; w < words.length - 1; w++) {
                prefix.append(w == 0 ? "" : " ").append(words[w]);
                String head = prefix.toString().replaceAll("[,&]+$", "");
                try {
                    PhraseVariants.keys(head).forEach(builder::markWordBoundary);
                } catch (IllegalArgumentException e) {
                    // a prefix that is no phrase on its own ("women,") marks nothing
                }
            }
        }
    }

    private Set<String> keys(String where, String field, String phrase) {
        try {
            return PhraseVariants.keys(phrase);
        } catch (IllegalArgumentException e) {
            throw new TaxonomyException(taxonomy.source() + ": " + where + ": field '" + field + "': \""
                + phrase + "\" " + e.getMessage());
        }
    }

    private TaxonomyException clash(Owner owner, Owner existing, String key) {
        return new TaxonomyException(taxonomy.source() + ": " + owner.where() + ": field '" + owner.field() + "': \""
            + owner.phrase() + "\" matches the same text as \"" + existing.phrase() + "\" of " + existing.where()
            + " (both match \"" + key + "\"); a passage may count for one theme only");
    }

    static String coordinationName(int index, Coordination coordination) {
        return "coordination #" + (index + 1) + " (" + String.join(", ", coordination.themes()) + ")";
    }
}
