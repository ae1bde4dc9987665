package io.themescope.ingest;

import io.themescope.clickhouse.schema.DocumentMeetingTotals;
import io.themescope.clickhouse.schema.Documents;
import io.themescope.clickhouse.schema.Mentions;
import io.themescope.clickhouse.schema.ThemeMeetingCounts;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.StoreInvariants;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up repair on the damage a killed writer can leave: mentions of a document whose row
 * never arrived, and aggregates ahead of or behind their raw rows. Each is made by hand with SQL,
 * then the repair must bring the store back to exactly what a recount says, and leave a sound one alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class StoreRepairTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("store_repair");

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
        registry.add("themescope.demo.enabled", () -> "false");
    }

    @Autowired
    private WebTestClient client;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private Aggregates aggregates;
    @Autowired
    private IndexGeneration generation;

    private void store(int number, String text) {
        client.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                .post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "T", "kind": "speech", "text": "%s",
                         "meeting": {"series": "ADMM", "number": %d, "date": "2020-12-10", "hostCountry": "VN"}}"""
                        .formatted(text, number))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void damageLeftByAKilledWriterIsRepairedAndASoundStoreIsLeftAlone() {
        store(14, "Maritime security and resilience were discussed.");
        store(14, "An arms race must be avoided.");
        StoreInvariants.assertConsistent(dsl);
        var sound = StoreInvariants.themeAggregate(dsl);
        var soundTotals = StoreInvariants.totalsAggregate(dsl);
        assertThat(StoreRepair.repair(dsl, aggregates)).isEqualTo(new StoreRepair.Report(0, List.of(), false));

        int g = generation.current();
        // a batch killed after its mentions went in and before its document row did
        dsl.insertInto(Mentions.TABLE, Mentions.GENERATION, Mentions.THEME, Mentions.MEETING_DATE, Mentions.DATE_PRECISION,
                        Mentions.YEAR, Mentions.MEETING_ID, Mentions.SERIES, Mentions.HOST_COUNTRY, Mentions.KIND,
                        Mentions.DOCUMENT_ID, Mentions.TERM, Mentions.START, Mentions.END, Mentions.SENTENCE,
                        Mentions.SENTENCE_START, Mentions.SYNTHETIC)
                .values(g, "arms-race", LocalDate.of(2020, 12, 10), "day", 2020, "admm-14", "ADMM", "VN", "speech",
                        "never-stored", "arms race", 0, 9, "arms race", 0, false)
                .execute();
        // an aggregate part whose raw rows were lost, and a totals part ahead of the documents
        dsl.insertInto(ThemeMeetingCounts.TABLE, ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME,
                        ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION,
                        ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND,
                        ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS, ThemeMeetingCounts.DOCUMENTS)
                .select(DSL.select(DSL.val(g), DSL.val("resilience"), DSL.val("admm-14"), DSL.val(LocalDate.of(2020, 12, 10)),
                        DSL.val("day"), DSL.val("ADMM"), DSL.val("VN"), DSL.val("speech"), DSL.val(false), DSL.val(3L),
                        DSL.val(1L)))
                .execute();
        dsl.insertInto(DocumentMeetingTotals.TABLE, DocumentMeetingTotals.MEETING_ID, DocumentMeetingTotals.MEETING_DATE,
                        DocumentMeetingTotals.DATE_PRECISION, DocumentMeetingTotals.SERIES, DocumentMeetingTotals.HOST_COUNTRY,
                        DocumentMeetingTotals.KIND, DocumentMeetingTotals.SYNTHETIC, DocumentMeetingTotals.DOCUMENTS,
                        DocumentMeetingTotals.WORDS)
                .values("admm-14", LocalDate.of(2020, 12, 10), "day", "ADMM", "VN", "speech", false, 1L, 120L)
                .execute();
        assertThatThrownBy(() -> StoreInvariants.assertConsistent(dsl)).isInstanceOf(AssertionError.class);

        StoreRepair.Report report = StoreRepair.repair(dsl, aggregates);

        assertThat(report).isEqualTo(new StoreRepair.Report(1, List.of(g), true));
        StoreInvariants.assertConsistent(dsl);
        assertThat(StoreInvariants.themeAggregate(dsl)).isEqualTo(sound);
        assertThat(StoreInvariants.totalsAggregate(dsl)).isEqualTo(soundTotals);
        assertThat(dsl.fetchCount(Documents.TABLE)).isEqualTo(2);
        assertThat(StoreRepair.repair(dsl, aggregates)).isEqualTo(new StoreRepair.Report(0, List.of(), false));
    }

    @Test
    void totalsRowsAheadOfTheDocumentsAreRecountedEvenWhenNoMentionWasLeft() {
        store(15, "Nothing on the list is said here.");
        StoreInvariants.assertConsistent(dsl);
        var soundTotals = StoreInvariants.generationTotals(dsl);
        int g = generation.current();
        // a batch killed after the totals row of a document without mentions went in, before its document row
        dsl.insertInto(ThemeMeetingCounts.TABLE, ThemeMeetingCounts.GENERATION, ThemeMeetingCounts.THEME,
                        ThemeMeetingCounts.MEETING_ID, ThemeMeetingCounts.MEETING_DATE, ThemeMeetingCounts.DATE_PRECISION,
                        ThemeMeetingCounts.SERIES, ThemeMeetingCounts.HOST_COUNTRY, ThemeMeetingCounts.KIND,
                        ThemeMeetingCounts.SYNTHETIC, ThemeMeetingCounts.MENTIONS, ThemeMeetingCounts.DOCUMENTS,
                        ThemeMeetingCounts.WORDS)
                .select(DSL.select(DSL.val(g), DSL.val(ThemeMeetingCounts.TOTALS), DSL.val("admm-15"),
                        DSL.val(LocalDate.of(2020, 12, 10)), DSL.val("day"), DSL.val("ADMM"), DSL.val("VN"),
                        DSL.val("speech"), DSL.val(false), DSL.val(0L), DSL.val(1L), DSL.val(40L)))
                .execute();
        assertThat(StoreInvariants.generationTotals(dsl)).isNotEqualTo(soundTotals);

        assertThat(StoreRepair.repair(dsl, aggregates)).isEqualTo(new StoreRepair.Report(0, List.of(g), false));

        StoreInvariants.assertConsistent(dsl);
        assertThat(StoreInvariants.generationTotals(dsl)).isEqualTo(soundTotals);
        assertThat(StoreRepair.repair(dsl, aggregates)).isEqualTo(new StoreRepair.Report(0, List.of(), false));
    }
}
