package io.themescope.themes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds theme mentions in text in one forward pass, with exact offsets and the sentence of each:
 * every phrase of the taxonomy is compiled into one character trie, walked from each word start.
 *
 * <p>Normalisation: each character is folded on its own (compatibility decomposition as in NFKC,
 * full case folding, accents dropped), so fullwidth letters, ligatures, typographic apostrophes
 * and dashes need no special terms. Inside a phrase, spaces, a single line break, hyphens, dashes,
 * apostrophes, soft hyphens and the periods of abbreviations are skipped: "geo-political",
 * "geo political" and "geopolitical" are the same, as are "U.S.-China" and "US China". Taxonomy
 * phrases are expanded to their British/American spellings and inflections ({@link PhraseVariants}).
 *
 * <p>Counting rules: a match must start where a word starts (or after a hyphen or period inside
 * one) and end where a word ends, so "unity" is never found in "community". From each start the
 * longest phrase wins and matches never overlap, except that a coordinated phrase
 * ({@link Coordination}) counts once for each theme it names, all with the same span. A match lying
 * inside an exclude phrase of its own theme does not count (a shorter match from the same start
 * may). Phrases never cross sentence ends or blank lines; sentences are found by
 * {@link SentenceSplitter}. Words are counted by {@link #countWords}.
 *
 * <p>Immutable and thread-safe once built; memory use of the streaming methods does not grow with
 * the input.
 */
public final class MentionExtractor {

    private final Taxonomy taxonomy;
    private final PhraseTrie trie;
    private final String[] themeIds;
    private final java.util.Set<String>[] yielding;

    private MentionExtractor(Taxonomy taxonomy, PhraseTrie trie) {
        this.taxonomy = taxonomy;
        this.trie = trie;
        this.themeIds = taxonomy.themes().stream().map(Theme::id).toArray(String[]::new);
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] heads = new java.util.Set[themeIds.length];
        for (int t = 0; t < themeIds.length; t++) {
            heads[t] = java.util.Set.copyOf(taxonomy.themes().get(t).yieldsBefore());
        }
        this.yielding = heads;
    }

    /**
     * Compiles the taxonomy's phrases.
     *
     * @throws TaxonomyException when two themes claim the same wording or a phrase cannot match
     */
    public static MentionExtractor of(Taxonomy taxonomy) {
        return new MentionExtractor(taxonomy, PhraseCompiler.compile(taxonomy));
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** All mentions, the word count and the per-theme counts of an in-memory text. */
    public Extraction extract(CharSequence text) {
        List<Mention> mentions = new ArrayList<>();
        Scanner scanner = new Scanner(trie, themeIds, yielding, mentions::add);
        try {
            scanner.run(sourceOf(text), text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        long[] raw = scanner.counts();
        for (int t = 0; t < themeIds.length; t++) {
            counts.put(themeIds[t], (int) raw[t]);
        }
        return new Extraction(mentions, (int) scanner.words(), counts);
    }

    /**
     * Streams the mentions of a text of any size to {@code sink}, in text order, with global
     * offsets. The reader is read to its end but not closed.
     */
    public Tally extract(Reader in, Consumer<? super Mention> sink) throws IOException {
        return stream(in, java.util.Objects.requireNonNull(sink, "sink"));
    }

    /** Word count and per-theme counts of a text of any size, without building mentions. */
    public Tally extractCounts(Reader in) throws IOException {
        return stream(in, null);
    }

    private Tally stream(Reader in, Consumer<? super Mention> sink) throws IOException {
        Scanner scanner = new Scanner(trie, themeIds, yielding, sink);
        scanner.run(in::read, -1);
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] raw = scanner.counts();
        for (int t = 0; t < themeIds.length; t++) {
            counts.put(themeIds[t], raw[t]);
        }
        return new Tally(scanner.words(), counts);
    }

    /**
     * Words in a text: maximal runs of letters, digits and combining marks after NFKC-style
     * folding, where an apostrophe, hyphen, en dash or period directly between two such
     * characters joins them into one word, and so does a comma directly between two digits;
     * soft hyphens and other invisible format characters are ignored. "counter-terrorism",
     * "ASEAN's", "U.S.", "COVID-19", "3.5" and "3,000" are one word each; an em dash or a
     * hyphen with a space beside it separates words; punctuation and symbols are not words.
     */
    public static int countWords(CharSequence text) {
        return Math.toIntExact(WordCounter.count(text));
    }

    private static Scanner.Source sourceOf(CharSequence text) {
        return new Scanner.Source() {
            private int pos;

            @Override
            public int read(char[] dst, int off, int len) {
                int n = Math.min(len, text.length() - pos);
                if (n <= 0) {
                    return -1;
                }
                text.getChars(pos, pos + n, dst, off);
                pos += n;
                return n;
            }
        };
    }
}
