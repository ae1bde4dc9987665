package io.themescope.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {

    /** Unicode escapes in the table are turned into the characters by the compiler. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ``                                              | 0
        `   \t `                                        | 0
        unity                                           | 1
        counter-terrorism                               | 1
        ASEAN's unity                                   | 2
        ASEAN\u2019s unity                              | 2
        The U.S. Navy                                   | 3
        COVID-19 and 3.5 and 3,000 ships                | 6
        a, b and c                                      | 4
        geo - political                                 | 2
        threat\u2014terrorism                           | 2
        1990\u20132000                                  | 1
        resil\u00ADience                                | 1
        \uFF35\uFF2E\uFF29\uFF34\uFF39 matters          | 2
        \uD83D\uDE00 unity \uD83D\uDE00                 | 1
        \uD835\uDC2E\uD835\uDC27\uD835\uDC22 cafe\u0301 | 2
        -- ... ; !!                                     | 0
        'quoted' words                                  | 2
        e.g. i.e.                                       | 2
        """)
    void countsWords(String text, int expected) {
        assertThat(MentionExtractor.countWords(text)).isEqualTo(expected);
    }
}
