package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        The U.S. Navy and the U.N. Secretariat attended.                  | 1
        Talks with the U.S. The Ministers then adjourned.                 | 2
        Dr. Tan met Gen. Lee and Lt. Col. Ong on 5 Jan. 2024 in Hanoi.     | 1
        See Annex No. 5 and para. 7 for details.                         | 1
        Threats, e.g. piracy, i.e. crime at sea, grow.                   | 1
        Spending rose by 3.5 per cent. It fell later.                    | 2
        It was held in Jan. The next one is in June.                     | 2
        Arms, ammunition, etc. are covered. Etc. is not a word.           | 2
        Ministers met. They agreed!  Did they? Yes.                      | 4
        He said "we agree." Then he left.                                | 2
        Was it (finally) settled? (Yes.) Good.                           | 3
        Prepared by H.E. Gen. Prabowo Subianto for the meeting.          | 1
        approx. five ships were seen, cf. the report.                    | 1
        The draft... It was not adopted.                                 | 2
        The draft... and then more text.                                 | 1
        Written by J. Smith and A. B. Lee.                               | 1
        The 2024 ADMM. 12 ministers attended.                            | 2
        """)
    void countsSentences(String text, int expected) {
        assertThat(Sentences.of(text)).hasSize(expected);
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(Sentences.of("The U.S. Navy joined. Dr. Tan spoke on Jan. 5 about No. 5, e.g. unity. It cost 3.5 million."))
            .containsExactly(
                "The U.S. Navy joined.",
                "Dr. Tan spoke on Jan. 5 about No. 5, e.g. unity.",
                "It cost 3.5 million.");
    }

    @Test
    void blankLinesEndSentencesButSingleLineBreaksDoNot() {
        assertThat(Sentences.of("Maritime Security\n\nThe Ministers met\nin Hanoi. Then\r\n  \r\nnothing"))
            .containsExactly("Maritime Security", "The Ministers met\nin Hanoi.", "Then", "nothing");
    }

    @Test
    void listMarkersAtLineStartsBeginSentencesAndStayWithThem() {
        assertThat(Sentences.of("1. WE, the Ministers, met;\n2. RECOGNISING unity;\n  3. NOTING that\nthe region grows."))
            .containsExactly("1. WE, the Ministers, met;", "2. RECOGNISING unity;", "3. NOTING that\nthe region grows.");
        assertThat(Sentences.of("Measures include\n(a) patrols;\n(B) drills;\niv) exchanges\n\u2022 training\n- audits"))
            .containsExactly("Measures include", "(a) patrols;", "(B) drills;", "iv) exchanges", "\u2022 training", "- audits");
    }

    @Test
    void initialsAndYearsAtLineStartsAreNotListMarkers() {
        assertThat(Sentences.of("Talks with\nA. Smith ended in\n2024. Then\nU.S. envoys left.")).containsExactly(
            "Talks with\nA. Smith ended in\n2024.", "Then\nU.S. envoys left.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(Sentences.of("They said \u201Cunity matters.\u201D (It does.) Next."))
            .containsExactly("They said \u201Cunity matters.\u201D", "(It does.)", "Next.");
    }

    @Test
    void ideographicFullStopEndsWithoutSpace() {
        assertThat(Sentences.of("\u4E00\u4E8C\u3002\u4E09\u56DB\u3002")).containsExactly("\u4E00\u4E8C\u3002", "\u4E09\u56DB\u3002");
    }

    @Test
    void overlongSentencesAreCutAtWhiteSpace() {
        String text = "word ".repeat(5000);
        List<String> sentences = Sentences.of(text);
        assertThat(sentences).hasSizeGreaterThan(2);
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE);
            assertThat(s).startsWith("word").endsWith("word");
        });
        assertThat(String.join(" ", sentences)).isEqualTo(text.strip());
    }

    @Test
    void undecidedWithoutLookaheadUntilMoreInputArrives() {
        char[] b = "Talks with the U.S. Th".toCharArray();
        assertThat(SentenceSplitter.segmentEnd(b, 0, b.length, false)).isEqualTo(SentenceSplitter.NEED_MORE);
        assertThat(SentenceSplitter.segmentEnd(b, 0, b.length, true)).isEqualTo(b.length);
    }
}
