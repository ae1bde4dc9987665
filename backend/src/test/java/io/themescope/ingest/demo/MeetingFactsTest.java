package io.themescope.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled meeting facts load completely, partial dates map as documented, and bad entries are
 * rejected with a message naming the entry and the field.
 */
class MeetingFactsTest {

    private static final String GOOD_ENTRY = """
            {"series": "ADMM", "number": 1, "year": 2006, "date": "2006-05-09", "hostCountry": "MY",
             "hostCity": "Kuala Lumpur", "virtual": false, "motto": null, "sources": ["https://example.org/a"]}""";

    @Test
    void loadsAllRealMeetings() {
        List<MeetingFact> meetings = MeetingFacts.load();

        assertThat(meetings).hasSize(31);
        assertThat(meetings).filteredOn(m -> m.series().equals(MeetingFact.ADMM)).hasSize(19);
        assertThat(meetings).filteredOn(MeetingFact::isPlus).hasSize(12);
        assertThat(meetings).allSatisfy(m -> {
            assertThat(m.sources()).isNotEmpty();
            assertThat(m.date().getYear()).isEqualTo(m.year());
            assertThat(m.hostCity() == null).isEqualTo(m.virtual());
        });
        assertThat(meetings.stream().mapToInt(m -> m.sources().size()).sum()).isEqualTo(83);
    }

    @Test
    void mapsPartialDatesToTheirPrecision() {
        List<MeetingFact> meetings = MeetingFacts.load();

        MeetingFact second = find(meetings, MeetingFact.ADMM, 2);
        assertThat(second.date()).isEqualTo(LocalDate.of(2007, 1, 1));
        assertThat(second.precision()).isEqualTo(DatePrecision.YEAR);

        MeetingFact eighth = find(meetings, MeetingFact.ADMM, 8);
        assertThat(eighth.date()).isEqualTo(LocalDate.of(2014, 5, 1));
        assertThat(eighth.precision()).isEqualTo(DatePrecision.MONTH);

        MeetingFact plusFirst = find(meetings, MeetingFact.ADMM_PLUS, 1);
        assertThat(plusFirst.date()).isEqualTo(LocalDate.of(2010, 10, 12));
        assertThat(plusFirst.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(plusFirst.motto()).startsWith("ADMM-Plus: Strategic Cooperation");

        assertThat(meetings).filteredOn(m -> m.precision() != DatePrecision.DAY).hasSize(2);
    }

    @Test
    void virtualMeetingsHaveNoCity() {
        assertThat(MeetingFacts.load()).filteredOn(MeetingFact::virtual)
                .extracting(m -> m.series() + " " + m.number())
                .containsExactly("ADMM 14", "ADMM 15", "ADMM-Plus 7", "ADMM-Plus 8");
    }

    @Test
    void resourceKeepsItsNotesAndNoMachinePaths() throws IOException {
        try (InputStream in = MeetingFacts.class.getResourceAsStream(MeetingFacts.RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"description\"").contains("\"dateNote\"");
            assertThat(json).doesNotContainPattern("\"[/~]").doesNotContain("file:").doesNotContainPattern("[A-Za-z]:\\\\\\\\");
        }
    }

    @Test
    void acceptsAWellFormedEntry() {
        assertThat(parse(GOOD_ENTRY)).singleElement().satisfies(m -> {
            assertThat(m.hostCity()).isEqualTo("Kuala Lumpur");
            assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void namesEntryAndFieldForABadDate() {
        assertRejected(GOOD_ENTRY.replace("\"2006-05-09\"", "\"2006-13-01\""), "meetings[0] (ADMM 1)", "field 'date'");
        assertRejected(GOOD_ENTRY.replace("\"2006-05-09\"", "\"9 May 2006\""), "meetings[0] (ADMM 1)", "field 'date'");
        assertRejected(GOOD_ENTRY.replace("\"2006-05-09\"", "\"2007-05\""), "meetings[0] (ADMM 1)", "year 2006");
    }

    @Test
    void rejectsOtherBadFields() {
        assertRejected(GOOD_ENTRY.replace("\"MY\"", "\"Malaysia\""), "meetings[0] (ADMM 1)", "field 'hostCountry'");
        assertRejected(GOOD_ENTRY.replace("\"ADMM\"", "\"ADMM+\""), "meetings[0]", "field 'series'");
        assertRejected(GOOD_ENTRY.replace("\"virtual\": false", "\"virtual\": true"), "(ADMM 1)", "field 'hostCity'");
        assertRejected(GOOD_ENTRY.replace("\"motto\": null", "\"theme\": null"), "(ADMM 1)", "field 'theme' unknown");
        assertRejected(GOOD_ENTRY.replace("\"motto\": null, ", ""), "(ADMM 1)", "field 'motto' is missing");
        assertRejected(GOOD_ENTRY.replace("https://example.org/a", "example.org"), "(ADMM 1)", "field 'sources[0]'");
        assertRejected(GOOD_ENTRY.replace("[\"https://example.org/a\"]", "[]"), "(ADMM 1)", "field 'sources'");
        assertRejected(GOOD_ENTRY.replace("\"year\": 2006", "\"year\": \"2006\""), "(ADMM 1)", "field 'year'");
    }

    @Test
    void rejectsDuplicatesAndBrokenJson() {
        assertRejected(GOOD_ENTRY + ", " + GOOD_ENTRY, "meetings[1] (ADMM 1)", "repeats meetings[0]");
        assertThatThrownBy(() -> parseRaw("{\"meetings\": [" + GOOD_ENTRY))
                .isInstanceOf(InvalidMeetingDataException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parseRaw("{\"meetings\": []}"))
                .isInstanceOf(InvalidMeetingDataException.class).hasMessageContaining("'meetings'");
    }

    private static MeetingFact find(List<MeetingFact> meetings, String series, int number) {
        return meetings.stream().filter(m -> m.series().equals(series) && m.number() == number).findFirst().orElseThrow();
    }

    private static void assertRejected(String entries, String... messageParts) {
        assertThatThrownBy(() -> parse(entries))
                .isInstanceOf(InvalidMeetingDataException.class)
                .hasMessageContainingAll(messageParts);
    }

    private static List<MeetingFact> parse(String entries) {
        return parseRaw("{\"description\": \"test\", \"meetings\": [" + entries + "]}");
    }

    private static List<MeetingFact> parseRaw(String json) {
        return MeetingFacts.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
