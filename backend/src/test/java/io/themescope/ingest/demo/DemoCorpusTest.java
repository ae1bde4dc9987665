package io.themescope.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo corpus is reproducible to the byte, every document says it is synthetic, and its shape
 * (kinds per meeting, lengths, dates) matches what the dashboards expect.
 */
class DemoCorpusTest {

    /** SHA-256 of every document and plan; update deliberately when the generator is meant to change. */
    private static final String EXPECTED_HASH = "bb8e3c5af5a6802b3e95afd4ae1ae2c794075e2b575cfe4644c9ad6fac6f3fa5";

    private static final List<MeetingFact> MEETINGS = MeetingFacts.load();

    @Test
    void isDeterministicAcrossRunsAndMachines() {
        String first = hash(DemoCorpus.plan(MEETINGS));
        String second = hash(DemoCorpus.plan(MeetingFacts.load()));

        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo(EXPECTED_HASH);
        assertThat(DemoCorpus.generate(MEETINGS))
                .isEqualTo(DemoCorpus.plan(MEETINGS).stream().map(PlannedDocument::document).toList());
    }

    @Test
    void flagsEveryDocumentAsSynthetic() {
        assertThat(DemoCorpus.generate(MEETINGS)).allSatisfy(doc -> {
            assertThat(doc.title()).endsWith("(synthetic demo text)");
            assertThat(doc.text().lines().findFirst().orElseThrow()).startsWith("[SYNTHETIC DEMO TEXT]");
            assertThat(doc.sourceUrl()).isNull();
            assertThat(doc.language()).isEqualTo("en");
        });
    }

    @Test
    void keepsWordCountsInRange() {
        assertThat(DemoCorpus.generate(MEETINGS)).allSatisfy(doc ->
                assertThat(doc.text().strip().split("\\s+").length).as(doc.title()).isBetween(300, 1200));
    }

    @Test
    void givesEachMeetingItsDocuments() {
        Map<MeetingFact, List<DemoDocument>> byMeeting = DemoCorpus.generate(MEETINGS).stream()
                .collect(Collectors.groupingBy(DemoDocument::meeting));

        assertThat(byMeeting).hasSize(31);
        byMeeting.forEach((meeting, docs) -> {
            String main = meeting.isPlus() ? DemoDocument.CHAIRMAN_STATEMENT : DemoDocument.JOINT_DECLARATION;
            assertThat(docs).filteredOn(d -> d.kind().equals(main)).hasSize(1);
            assertThat(docs).filteredOn(d -> d.kind().equals(DemoDocument.NEWS_REPORT)).hasSizeBetween(1, 2);
            assertThat(docs).filteredOn(d -> d.kind().equals(DemoDocument.SPEECH)).hasSizeLessThanOrEqualTo(1);
            assertThat(docs).hasSizeBetween(2, 4);
        });
        assertThat(DemoCorpus.generate(MEETINGS)).anyMatch(d -> d.kind().equals(DemoDocument.SPEECH));
    }

    @Test
    void datesDocumentsFromTheMeeting() {
        assertThat(DemoCorpus.generate(MEETINGS)).allSatisfy(doc -> {
            MeetingFact m = doc.meeting();
            boolean nextDay = doc.kind().equals(DemoDocument.NEWS_REPORT) && m.precision() == DatePrecision.DAY;
            assertThat(doc.publishedOn()).isEqualTo(nextDay ? m.date().plusDays(1) : m.date());
        });
    }

    @Test
    void titlesFollowTheDocumentKind() {
        List<DemoDocument> docs = DemoCorpus.generate(MEETINGS);
        assertThat(docs).extracting(DemoDocument::title)
                .contains("Joint Declaration of the 10th ADMM (synthetic demo text)",
                        "Chairman's Statement of the 5th ADMM-Plus (synthetic demo text)");
    }

    @Test
    void virtualMeetingsAreHeldByVideoConference() {
        assertThat(DemoCorpus.generate(MEETINGS)).filteredOn(d -> d.meeting().virtual())
                .isNotEmpty()
                .allSatisfy(doc -> assertThat(doc.text()).contains("by video conference"));
        assertThat(DemoCorpus.generate(MEETINGS)).filteredOn(d -> !d.meeting().virtual())
                .allSatisfy(doc -> assertThat(doc.text()).doesNotContain("video conference"));
    }

    @Test
    void partialDatesAreWrittenOnlyAsPreciselyAsKnown() {
        assertThat(DemoCorpus.generate(MEETINGS)).filteredOn(d -> d.meeting().year() == 2007)
                .allSatisfy(doc -> assertThat(doc.text()).doesNotContain("January"));
        assertThat(DemoCorpus.generate(MEETINGS))
                .filteredOn(d -> d.meeting().year() == 2014 && !d.meeting().isPlus())
                .allSatisfy(doc -> assertThat(doc.text()).doesNotContain("1 May").doesNotContain("May 1"));
    }

    @Test
    void usesAbbreviationsThatChallengeSentenceSplitting() {
        List<DemoDocument> docs = DemoCorpus.generate(MEETINGS);
        assertThat(docs).anyMatch(d -> d.text().contains("U.S. "));
        assertThat(docs).anyMatch(d -> d.text().contains(" No. "));
        assertThat(docs).anyMatch(d -> d.text().contains("U.N. "));
    }

    @Test
    void handlesMeetingsBeyondTheBundledOnes() {
        List<MeetingFact> unusual = List.of(
                new MeetingFact(MeetingFact.ADMM_PLUS, null, 2030, LocalDate.of(2030, 1, 1), DatePrecision.YEAR, "TL",
                        null, true, "Unity in Resilience", List.of("https://example.org/x")),
                new MeetingFact(MeetingFact.ADMM, 3, 2009, LocalDate.of(2009, 2, 1), DatePrecision.MONTH, "TH",
                        "Pattaya", false, null, List.of("https://example.org/y")));

        List<PlannedDocument> planned = DemoCorpus.plan(unusual);

        assertThat(planned).allSatisfy(p -> {
            DemoDocument doc = p.document();
            assertThat(doc.text().strip().split("\\s+").length).isBetween(300, 1200);
            assertThat(doc.publishedOn()).isEqualTo(doc.meeting().date());
        });
        assertThat(planned.getFirst().document().title()).isEqualTo("Chairman's Statement of the ADMM-Plus 2030 (synthetic demo text)");
        assertThat(planned.getFirst().document().text()).contains("by video conference").contains("Timor-Leste");
        assertThat(planned.getFirst().intended("unity")).isPositive();
        assertThat(planned.getFirst().intended("resilience")).isPositive();
    }

    static String hash(List<PlannedDocument> planned) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PlannedDocument p : planned) {
                DemoDocument d = p.document();
                String record = String.join("\n", d.meeting().series(), String.valueOf(d.meeting().number()),
                        d.kind(), d.title(), d.publishedOn().toString(), d.language(), d.text(),
                        p.intendedMentions().toString()) + "\u0000";
                sha.update(record.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
