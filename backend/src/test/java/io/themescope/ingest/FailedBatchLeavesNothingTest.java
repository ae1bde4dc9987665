package io.themescope.ingest;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.StoreFingerprint;
import io.themescope.support.StoreInvariants;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch the engine refuses half-way must leave nothing behind. Its meeting row once stayed (with no
 * document) and was remembered as stored, so a corrected document for that meeting got a 409. The
 * failure is forced below the parser, with a publishedOn the Date column cannot parse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "themescope.demo.enabled=false")
class FailedBatchLeavesNothingTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("failed_batch");

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    @Autowired
    private DocumentStore store;
    @Autowired
    private IngestService service;
    @Autowired
    private DSLContext dsl;

    private static NewDocument document(String series, int number, String host, String date, LocalDate publishedOn,
                                        String text) {
        return new NewDocument("Statement", "chairman-statement", publishedOn, null, "en",
                new NewDocument.MeetingInput(series, number, PartialDate.parse(date), host, null, null), text, false);
    }

    @Test
    void aBatchTheEngineRefusesLeavesNoMeetingNoMentionsAndNoDocument() {
        NewDocument kept = document("ADMM", 4, "VN", "2010-10-12", null, "Maritime security and unity.");
        assertThat(store.save(dsl, List.of(service.prepare(kept))).getFirst().isRejected()).isFalse();
        Map<String, String> before = StoreFingerprint.of(dsl);

        NewDocument refused = document("ADMM", 5, "TH", "2011-05-19", LocalDate.of(99999, 1, 1),
                "Unity against the arms race.");
        NewDocument sameBatch = document("ADMM-Plus", 2, "TH", "2011-05-20", null, "Terrorism was discussed.");
        assertThatThrownBy(() -> store.save(dsl, List.of(service.prepare(refused), service.prepare(sameBatch))))
                .isInstanceOf(RuntimeException.class);

        assertThat(StoreFingerprint.of(dsl)).isEqualTo(before).allSatisfy((table, print) ->
                assertThat(print).as(table).doesNotContain("null"));
        StoreInvariants.assertConsistent(dsl);

        // the meetings of the refused batch are not taken for stored: other facts for them are no conflict
        NewDocument corrected = document("ADMM", 5, "ID", "2011-05-19", LocalDate.of(2011, 5, 19),
                "Unity against the arms race.");
        NewDocument otherAgain = document("ADMM-Plus", 2, "KH", "2012-04-02", null, "Terrorism was discussed.");
        List<IngestOutcome> outcomes = store.save(dsl, List.of(service.prepare(corrected), service.prepare(otherAgain)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.isRejected()).as(String.valueOf(o.errors())).isFalse());
        assertThat(dsl.fetch("SELECT id, host_country, date FROM meetings FINAL ORDER BY id")
                .map(r -> r.get(0, String.class) + " " + r.get(1, String.class) + " " + r.get(2, String.class)))
                .containsExactly("admm-4 VN 2010-10-12", "admm-5 ID 2011-05-19", "admm-plus-2 KH 2012-04-02");
        StoreInvariants.assertConsistent(dsl);
    }
}
