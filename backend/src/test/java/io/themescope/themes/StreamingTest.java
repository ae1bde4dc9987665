package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streaming path must give what the in-memory path gives, however the input is chunked. */
class StreamingTest {

    private static MentionExtractor extractor;
    private static String text;

    @BeforeAll
    static void setUp() {
        extractor = MentionExtractor.of(TaxonomyLoader.loadDefault());
        text = generate(new Random(20261101), 3_000_000);
    }

    /** Document-like text full of terms, traps, abbreviations, odd characters and odd line breaks. */
    static String generate(Random random, int length) {
        String[] fragments = {
            "The Ministers met in Hanoi", "ASEAN's unity and centrality", "the ASEAN Community", "the United Nations",
            "arms races", "arms\nrace", "geo-political shifts", "geopolitical and geostrategic shifts",
            "traditional and non-traditional security challenges", "counter\u2011terrorism", "the U.S. Navy",
            "Dr. Tan", "Gen. Lee", "No. 5", "e.g. piracy", "i.e. at sea", "3.5 per cent", "Jan. 2024",
            "freedom of navigation and overflight", "the South China Sea", "the East Sea Fleet", "unity of command",
            "\uD83D\uDE00", "\uD835\uDC2E\uD835\uDC27\uD835\uDC22\uD835\uDC2D\uD835\uDC32", "\uFB01eld training exercises",
            "resil\u00ADience", "ASEAN\u2019s centrality", "\u201Cunity\u201D", "defense cooperation", "COVID-19",
            "natural disaster response", "food and energy security", "HADR", "humanitarian assistance and disaster relief",
            "cyber resilience", "women, peace and security", "international law enforcement", "UNCLOS",
            "community", "opportunity", "R\u00E9silience", "climate change", "\u3002", "...", "\u2026",
        };
        String[] joints = {" ", " ", " ", ", ", "; ", ". ", ". ", "! ", "? ", "\n", "\r\n", "\n\n", "  \n  ", " (", ") ", " - ", "\u2014"};
        StringBuilder out = new StringBuilder(length + 1000);
        while (out.length() < length) {
            int pick = random.nextInt(100);
            if (pick == 0) {
                out.append("word ".repeat(2500));
            } else if (pick == 1) {
                out.append(" ".repeat(random.nextInt(400)));
            } else if (pick == 2) {
                out.append("x".repeat(random.nextInt(12_000)));
            } else {
                out.append(fragments[random.nextInt(fragments.length)]);
            }
            out.append(joints[random.nextInt(joints.length)]);
        }
        return out.toString();
    }

    /** Returns at most a random number of chars per read, so chunk borders fall everywhere. */
    private static final class ChoppyReader extends Reader {
        private final String source;
        private final Random random;
        private final int maxRead;
        private int pos;

        ChoppyReader(String source, long seed, int maxRead) {
            this.source = source;
            this.random = new Random(seed);
            this.maxRead = maxRead;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos >= source.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(maxRead)), source.length() - pos);
            source.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void streamingGivesTheSameMentionsAsInMemory() throws IOException {
        Extraction whole = extractor.extract(text);
        assertThat(whole.mentions()).hasSizeGreaterThan(5_000);
        assertThat(whole.words()).isEqualTo(MentionExtractor.countWords(text));

        for (int maxRead : new int[] {7, 5_000, 200_000}) {
            List<Mention> streamed = new ArrayList<>();
            Tally tally = extractor.extract(new ChoppyReader(text, maxRead, maxRead), streamed::add);
            assertThat(streamed).as("chunks of at most %d chars", maxRead).isEqualTo(whole.mentions());
            assertThat(tally.words()).isEqualTo(whole.words());
            assertThat(tally.counts()).isEqualTo(asLongs(whole.counts()));
        }
        assertThat(extractor.extractCounts(new StringReader(text)).counts()).isEqualTo(asLongs(whole.counts()));
    }

    @Test
    void offsetsOfStreamedMentionsPointIntoTheWholeText() throws IOException {
        List<Mention> streamed = new ArrayList<>();
        extractor.extract(new ChoppyReader(text, 1, 3_000), streamed::add);
        assertThat(streamed).allSatisfy(m -> {
            assertThat(text.substring((int) m.start(), (int) m.end())).isEqualTo(m.term());
            assertThat(text.substring((int) m.sentence().start(), (int) m.sentence().end())).isEqualTo(m.sentence().text());
            assertThat(m.sentence().text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE);
        });
    }

    @Test
    void countsALargeStreamWithoutHoldingIt() throws IOException {
        String block = "Arms races and piracy were discussed. ASEAN's unity and centrality matter.\n\n";
        int copies = 200_000;
        Reader repeated = new Reader() {
            private int served;
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (served == copies) {
                    return -1;
                }
                int n = Math.min(len, block.length() - pos);
                block.getChars(pos, pos + n, cbuf, off);
                pos += n;
                if (pos == block.length()) {
                    pos = 0;
                    served++;
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        Tally tally = extractor.extractCounts(repeated);
        assertThat(tally.words()).isEqualTo(11L * copies);
        assertThat(tally.counts()).containsEntry("arms-race", (long) copies)
            .containsEntry("transnational-crime", (long) copies)
            .containsEntry("unity", (long) copies)
            .containsEntry("asean-centrality", (long) copies)
            .containsEntry("terrorism", 0L);
    }

    private static Map<String, Long> asLongs(Map<String, Integer> counts) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.longValue()));
        return out;
    }
}
