package io.themescope.analytics;

import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.DocumentIdsByHand;
import io.themescope.support.Json;
import io.themescope.support.ThemeIds;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.themescope.support.Json.arr;
import static io.themescope.support.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics endpoints on a corpus small enough to count by hand: whole responses of series, the
 * host comparison, co-occurrence and passages, every expected number derived in the comments from
 * the seven texts below; passages must be exactly the mentions behind a series point, cursors must
 * walk every item once, and every error message is compared word for word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "themescope.demo.enabled=false")
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsEndpointTest {

    private static final String DB = ClickHouseTestSupport.newDatabase("analytics_endpoint");
    private static final String VERSION = "2026.12.1";
    private static final double Z95 = 1.959963984540054;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        ClickHouseTestSupport.register(registry, DB);
    }

    @Autowired
    private WebTestClient client;
    private WebTestClient web;

    /*
     * meeting (series ADMM)           host  date         doc  kind                words; mentions
     * admm-8  8th ADMM, Nay Pyi Taw   MM    2014-05-20   D1   joint-declaration   15; arms-race, unity | maritime-security
     *                                                    D2   speech               8; unity | unity, maritime-security
     * admm-9  9th ADMM, Kuala Lumpur  MY    2015 (year)  D3   joint-declaration    8; terrorism, arms-race
     * (no meeting in 2016)
     * admm-2017-03  ADMM, virtual     PH    2017-03      D4   chairman-statement   4; maritime-security
     * admm-11 11th ADMM, Clark        PH    2017-10-23   D5   joint-declaration   17; arms-race, south-china-sea |
     *                                                                                  maritime-security, unity
     *                                                    D6   news-report          5; none
     * admm-plus-4 (series ADMM-Plus)  PH    2017-11-15   D7   other, SYNTHETIC     4; terrorism
     * "|" separates sentences. Unless a test is about the synthetic document, queries filter series=ADMM.
     */
    private static final String M8 = """
            {"series": "ADMM", "number": 8, "date": "2014-05-20", "hostCountry": "MM", "hostCity": "Nay Pyi Taw"}""";
    private static final String M9 = """
            {"series": "ADMM", "number": 9, "date": "2015", "hostCountry": "MY", "hostCity": "Kuala Lumpur"}""";
    private static final String RETREAT = """
            {"series": "ADMM", "date": "2017-03", "hostCountry": "PH"}""";
    private static final String M11 = """
            {"series": "ADMM", "number": 11, "date": "2017-10-23", "hostCountry": "PH", "hostCity": "Clark"}""";
    private static final String PLUS4 = """
            {"series": "ADMM-Plus", "number": 4, "date": "2017-11-15", "hostCountry": "PH", "hostCity": "Clark"}""";

    private static final String S1 = "The Ministers warned that an arms race would harm regional unity.";
    private static final String D1 = S1 + " Maritime security remains vital.";
    private static final String D2 = "Unity matters. Unity and maritime security go together.";
    private static final String D3 = "Terrorism and the arms race worry the Ministers.";
    private static final String D4 = "Maritime security was discussed.";
    private static final String D5 = "An arms race in the South China Sea must be avoided. Maritime security and unity were stressed.";
    private static final String D6 = "No theme here at all.";
    private static final String D7 = "Synthetic text about terrorism.";

    private static final String ID1 = DocumentIdsByHand.id("admm-8", D1);
    private static final String ID2 = DocumentIdsByHand.id("admm-8", D2);
    private static final String ID3 = DocumentIdsByHand.id("admm-9", D3);
    private static final String ID4 = DocumentIdsByHand.id("admm-2017-03", D4);
    private static final String ID5 = DocumentIdsByHand.id("admm-11", D5);

    private static final String LABEL8 = "8th ADMM — Nay Pyi Taw (2014-05-20)";
    private static final String LABEL9 = "9th ADMM — Kuala Lumpur (2015)";
    private static final String LABEL_RETREAT = "ADMM — PH, virtual (2017-03)";
    private static final String LABEL11 = "11th ADMM — Clark (2017-10-23)";

    @BeforeAll
    void ingestTheCorpus() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        ingest("Joint Declaration of the 8th ADMM", "joint-declaration", M8, D1, false);
        ingest("Opening speech", "speech", M8, D2, false);
        ingest("Joint Declaration of the 9th ADMM", "joint-declaration", M9, D3, false);
        ingest("Chairman's statement of the ADMM Retreat", "chairman-statement", RETREAT, D4, false);
        ingest("Joint Declaration of the 11th ADMM", "joint-declaration", M11, D5, false);
        ingest("News report", "news-report", M11, D6, false);
        ingest("Demo text (synthetic demo text)", "other", PLUS4, D7, true);
    }

    private void ingest(String title, String kind, String meeting, String text, boolean synthetic) {
        web.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"title": "%s", "kind": "%s", "synthetic": %s, "meeting": %s, "text": "%s"}"""
                        .formatted(title, kind, synthetic, meeting, text))
                .exchange().expectStatus().isCreated();
    }

    /** One GET; an exchange with no answer in 20 s is reported with a thread dump and sent once more. */
    private EntityExchangeResult<String> get(String uri) {
        for (int attempt = 1; ; attempt++) {
            try {
                return web.get().uri(uri).exchange().expectBody(String.class).returnResult();
            } catch (IllegalStateException e) {
                io.themescope.support.ThreadDumps.print("timed-out request to " + uri + " (attempt " + attempt + ")");
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private String ok(String uri) {
        EntityExchangeResult<String> r = get(uri);
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(200);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        return r.getResponseBody();
    }

    // ------------------------------------------------------------------------------------------ expected parts

    private static Map<String, Object> bucket(String key, String label, String start, String end, long documents,
                                              long words) {
        return obj("key", key, "label", label, "start", start, "end", end, "documents", documents, "words", words);
    }

    private static Map<String, Object> year(int y, long documents, long words) {
        return bucket(Integer.toString(y), Integer.toString(y), y + "-01-01", y + "-12-31", documents, words);
    }

    private static Map<String, Object> point(String bucket, Double value, Double raw, long mentions, long documents,
                                             long words) {
        return obj("bucket", bucket, "value", value, "raw", raw, "mentions", mentions, "documents", documents,
                "words", words);
    }

    private static Map<String, Object> sharePoint(String bucket, long mentions, long all, long documents, long words) {
        Map<String, Object> p = point(bucket, (double) mentions / all, (double) mentions / all, mentions, documents, words);
        double[] w = wilson(mentions, all);
        p.put("low", w[0]);
        p.put("high", w[1]);
        return p;
    }

    /** Wilson score interval, 95%, written out: (p + z²/2n ± z·√(p(1-p)/n + z²/4n²)) / (1 + z²/n). */
    private static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {k == 0 ? 0 : centre - half, k == n ? 1 : centre + half};
    }

    private static Map<String, Object> trend(int n, double slope, double intercept, double olsP, double r2, double tau,
                                             double mannKendallP, double sen) {
        return obj("n", n, "olsSlope", slope, "olsIntercept", intercept, "olsPValue", olsP, "rSquared", r2,
                "kendallTau", tau, "mannKendallPValue", mannKendallP, "senSlope", sen);
    }

    private static Map<String, Object> series(String theme, String label, List<Object> points, Object trend) {
        return obj("theme", theme, "label", label, "points", points, "trend", trend);
    }

    private static Map<String, Object> seriesQuery(List<String> themes, String bucket, String metric, int smooth,
                                                   String from, String to, List<String> series, List<String> kind) {
        return obj("theme", themes, "bucket", bucket, "metric", metric, "smooth", smooth, "from", from, "to", to,
                "series", series, "host", List.of(), "kind", kind);
    }

    private static Map<String, Object> meta(boolean synthetic, String... warnings) {
        return obj("warnings", List.of(warnings), "synthetic", synthetic, "taxonomyVersion", VERSION);
    }

    private static final String THIN_2014_2015 =
            "Fewer than 3 documents in 2 bucket(s) (2014, 2015); values there rest on little text.";

    // ------------------------------------------------------------------------------------------ series

    /*
     * Year buckets 2014–2017 (the range of the ADMM meetings with data; 2016 is empty):
     *   documents 2, 1, 0, 3; words 15+8 = 23, 8, 0, 4+17+5 = 26
     *   arms-race mentions 1 (D1), 1 (D3), 0, 1 (D5); unity 1+2 = 3 (D1, D2 ×2), 0, 0, 1 (D5)
     * Trends at x = 0..3, with n - 2 = 2 degrees of freedom the slope's p-value is 1 - |r|:
     *   arms-race 1, 1, 0, 1: x̄ 1.5, ȳ 0.75, Sxx 5, Sxy -0.5, Syy 0.75 → slope -0.1, intercept 0.9, r² = 1/15;
     *     Kendall: S = -1 with one tie group of three 1s → tau-b = -1/√(6·3), continuity-corrected z = 0 → p 1;
     *     Sen: slopes 0, -1/2, 0, -1, 0, 1 → median 0
     *   unity 3, 0, 0, 1: ȳ 1, Sxy -3, Syy 6 → slope -0.6, intercept 1.9, r² = 9/30;
     *     Kendall: S = -1, one tied pair → tau-b = -1/√(6·5), z = 0 → p 1;
     *     Sen: slopes -3, -3/2, -2/3, 0, 1/2, 1 → median (-2/3 + 0)/2 = -1/3
     */
    @Test
    void yearlyMentionsWithAnEmptyYearAndTrends() {
        String body = ok("/api/v1/series?theme=arms-race,unity&series=ADMM");

        Json.assertJson(body, obj(
                "query", seriesQuery(List.of("arms-race", "unity"), "year", "mentions", 0, "2014-05-20", "2017-10-23",
                        List.of("ADMM"), List.of()),
                "meta", meta(false, THIN_2014_2015,
                        "1 bucket(s) have no documents; for the mentions metric they count as 0, also in the trend."
                                + " Use per10k or share to compare buckets of uneven coverage."),
                "buckets", arr(year(2014, 2, 23), year(2015, 1, 8), year(2016, 0, 0), year(2017, 3, 26)),
                "series", arr(
                        series("arms-race", "Arms race", arr(
                                point("2014", 1.0, 1.0, 1, 1, 23),
                                point("2015", 1.0, 1.0, 1, 1, 8),
                                point("2016", 0.0, 0.0, 0, 0, 0),
                                point("2017", 1.0, 1.0, 1, 1, 26)),
                                trend(4, -0.1, 0.9, 1 - Math.sqrt(1.0 / 15), 1.0 / 15, -1 / Math.sqrt(18), 1.0, 0.0)),
                        series("unity", "Unity", arr(
                                point("2014", 3.0, 3.0, 3, 2, 23),
                                point("2015", 0.0, 0.0, 0, 0, 8),
                                point("2016", 0.0, 0.0, 0, 0, 0),
                                point("2017", 1.0, 1.0, 1, 1, 26)),
                                trend(4, -0.6, 1.9, 1 - Math.sqrt(0.3), 0.3, -1 / Math.sqrt(30), 1.0, -1.0 / 3)))));
    }

    /*
     * maritime-security per 10,000 words by year: 2014 2·10⁴/23, 2015 0/8 = 0, 2016 no words → null,
     * 2017 2·10⁴/26 (D4, D5). Smoothed over 3 buckets, nulls skipped and kept:
     *   2014 mean(2·10⁴/23, 0) = 10⁴/23 (window cut), 2015 mean(2·10⁴/23, 0, -) = 10⁴/23, 2016 null,
     *   2017 mean(-, 2·10⁴/26) = 2·10⁴/26 (window cut).
     * The trend is fitted to the raw values at x = 0, 1, 3 (a = 2·10⁴/23, b = 2·10⁴/26):
     *   x̄ = 4/3, Sxx = 14/3, Sxy = -4a/3 + 5b/3; with 1 degree of freedom the two-sided p-value is
     *   (2/π)·asin(√(1 - r²)); Kendall: a > b > 0, so pairs (0,1) -, (0,3) -, (1,3) + → S = -1,
     *   tau-b = -1/3, z = 0 → p 1; Sen: median of -a, (b - a)/3, b/2 = (b - a)/3.
     */
    @Test
    void per10kBySmoothedYearSkipsTheEmptyYear() {
        String body = ok("/api/v1/series?theme=maritime-security&series=ADMM&metric=per10k&smooth=3");

        double a = 2e4 / 23;
        double b = 2e4 / 26;
        double yBar = (a + b) / 3;
        double sxy = -4 * a / 3 + 5 * b / 3;
        double sxx = 14.0 / 3;
        double syy = (a - yBar) * (a - yBar) + yBar * yBar + (b - yBar) * (b - yBar);
        double r2 = sxy * sxy / (sxx * syy);
        double slope = sxy / sxx;
        Json.assertJson(body, obj(
                "query", seriesQuery(List.of("maritime-security"), "year", "per10k", 3, "2014-05-20", "2017-10-23",
                        List.of("ADMM"), List.of()),
                "meta", meta(false, THIN_2014_2015, "Smoothing over 3 buckets is truncated at the edges: the first and"
                        + " last 1 bucket(s) average fewer buckets."),
                "buckets", arr(year(2014, 2, 23), year(2015, 1, 8), year(2016, 0, 0), year(2017, 3, 26)),
                "series", arr(series("maritime-security", "Maritime security", arr(
                                point("2014", 1e4 / 23, a, 2, 2, 23),
                                point("2015", 1e4 / 23, 0.0, 0, 0, 8),
                                point("2016", null, null, 0, 0, 0),
                                point("2017", b, b, 2, 2, 26)),
                        trend(3, slope, yBar - slope * 4 / 3, 2 / Math.PI * Math.asin(Math.sqrt(1 - r2)), r2,
                                -1.0 / 3, 1.0, (b - a) / 3)))));
        // the closed form for one degree of freedom is the regularised incomplete beta the service uses
        double t2 = r2 / (1 - r2);
        assertThat(2 / Math.PI * Math.asin(Math.sqrt(1 - r2)))
                .isCloseTo(Beta.regularizedBeta(1 / (1 + t2), 0.5, 0.5), org.assertj.core.api.Assertions.within(1e-12));
    }

    /*
     * Quarters 2014-Q2 … 2017-Q4 (15 buckets). admm-9 is dated only "2015" and fits no quarter: D3 is left
     * out with a warning. Documents: 2014-Q2 2 (23 words), 2017-Q1 1 (4), 2017-Q4 2 (22); arms-race is in
     * one document in 2014-Q2 (D1) and one in 2017-Q4 (D5).
     * Trend of 1, 0 ×13, 1 at x = 0..14: Sxy = 0 → slope 0, intercept 2/15, r² 0, t = 0 → p 1;
     *   S = -13 + 13 = 0 → tau-b 0, p 1; Sen: 13 negative, 79 zero and 13 positive slopes → median 0.
     */
    @Test
    void quarterlyDocumentsLeaveOutTheMeetingKnownOnlyByYear() {
        String body = ok("/api/v1/series?theme=arms-race&series=ADMM&bucket=quarter&metric=documents");

        List<Object> buckets = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        for (int y = 2014; y <= 2017; y++) {
            for (int q = y == 2014 ? 2 : 1; q <= 4; q++) {
                String key = y + "-Q" + q;
                LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
                long docs = key.equals("2014-Q2") ? 2 : key.equals("2017-Q1") ? 1 : key.equals("2017-Q4") ? 2 : 0;
                long words = key.equals("2014-Q2") ? 23 : key.equals("2017-Q1") ? 4 : key.equals("2017-Q4") ? 22 : 0;
                long arms = key.equals("2014-Q2") || key.equals("2017-Q4") ? 1 : 0;
                buckets.add(bucket(key, y + " Q" + q, start.toString(), start.plusMonths(3).minusDays(1).toString(),
                        docs, words));
                points.add(point(key, (double) arms, (double) arms, arms, arms, words));
            }
        }
        assertThat(buckets).hasSize(15);
        Json.assertJson(body, obj(
                "query", seriesQuery(List.of("arms-race"), "quarter", "documents", 0, "2014-05-20", "2017-10-23",
                        List.of("ADMM"), List.of()),
                "meta", meta(false,
                        "1 meeting(s) dated only to the year are left out of quarter buckets: " + LABEL9 + " (1 documents).",
                        "Fewer than 3 documents in 3 bucket(s) (2014 Q2, 2017 Q1, 2017 Q4); values there rest on little text.",
                        "12 bucket(s) have no documents; for the documents metric they count as 0, also in the trend."
                                + " Use per10k or share to compare buckets of uneven coverage."),
                "buckets", buckets,
                "series", arr(series("arms-race", "Arms race", points, trend(15, 0.0, 2.0 / 15, 1.0, 0.0, 0.0, 1.0, 0.0)))));
    }

    /*
     * unity's share of all theme mentions per meeting: admm-8 3 of 6 (D1 3 + D2 3), admm-9 0 of 2,
     * the retreat 0 of 1, admm-11 1 of 4 (D5 4, D6 none). Each with its Wilson interval.
     * Trend of 0.5, 0, 0, 0.25: ȳ 0.1875, Sxy -0.375, Syy 0.171875 → slope -0.075, intercept 0.3,
     *   r² = 0.140625/0.859375 = 9/55; S = -1 with one tied pair → tau-b -1/√30, p 1;
     *   Sen: -1/2, -1/4, -1/12, 0, 1/8, 1/4 → median (-1/12 + 0)/2 = -1/24.
     */
    @Test
    void shareByMeetingWithWilsonIntervals() {
        String body = ok("/api/v1/series?theme=unity&series=ADMM&bucket=meeting&metric=share");

        Json.assertJson(body, obj(
                "query", seriesQuery(List.of("unity"), "meeting", "share", 0, "2014-05-20", "2017-10-23",
                        List.of("ADMM"), List.of()),
                "meta", meta(false, "Fewer than 3 documents in 4 bucket(s) (" + LABEL8 + ", " + LABEL9 + ", "
                        + LABEL_RETREAT + ", " + LABEL11 + "); values there rest on little text."),
                "buckets", arr(
                        bucket("admm-8", LABEL8, "2014-05-20", "2014-05-20", 2, 23),
                        bucket("admm-9", LABEL9, "2015-01-01", "2015-01-01", 1, 8),
                        bucket("admm-2017-03", LABEL_RETREAT, "2017-03-01", "2017-03-01", 1, 4),
                        bucket("admm-11", LABEL11, "2017-10-23", "2017-10-23", 2, 22)),
                "series", arr(series("unity", "Unity", arr(
                                sharePoint("admm-8", 3, 6, 2, 23),
                                sharePoint("admm-9", 0, 2, 0, 8),
                                sharePoint("admm-2017-03", 0, 1, 0, 4),
                                sharePoint("admm-11", 1, 4, 1, 22)),
                        trend(4, -0.075, 0.3, 1 - Math.sqrt(9.0 / 55), 9.0 / 55, -1 / Math.sqrt(30), 1.0, -1.0 / 24)))));
    }

    @Test
    void aKindFilterNarrowsDocumentsAndMentions() {
        // only D2 is a speech: 8 words, unity twice; the range shrinks to its meeting
        String body = ok("/api/v1/series?theme=unity&series=ADMM&kind=speech&metric=per10k");

        Json.assertJson(body, obj(
                "query", seriesQuery(List.of("unity"), "year", "per10k", 0, "2014-05-20", "2014-05-20",
                        List.of("ADMM"), List.of("speech")),
                "meta", meta(false, "Fewer than 3 documents in 1 bucket(s) (2014); values there rest on little text.",
                        "unity: fewer than 3 buckets with a value; no trend computed."),
                "buckets", arr(year(2014, 1, 8)),
                "series", arr(series("unity", "Unity", arr(point("2014", 2e4 / 8, 2e4 / 8, 2, 1, 8)), null))));
    }

    @Test
    void aPeriodSetsTheBucketRange() {
        String body = ok("/api/v1/series?theme=terrorism&series=ADMM&from=2013&to=2016-06-30");

        // terrorism: only D3 (2015); buckets from 2013 to 2016 although the data starts in 2014
        JsonNode r = Json.parse(body);
        assertThat(r.get("query").get("from").stringValue()).isEqualTo("2013-01-01");
        assertThat(r.get("query").get("to").stringValue()).isEqualTo("2016-06-30");
        List<String> keys = new ArrayList<>();
        r.get("buckets").forEach(b -> keys.add(b.get("key").stringValue()));
        assertThat(keys).containsExactly("2013", "2014", "2015", "2016");
        List<Long> mentions = new ArrayList<>();
        r.get("series").get(0).get("points").forEach(p -> mentions.add(p.get("mentions").longValue()));
        assertThat(mentions).containsExactly(0L, 0L, 1L, 0L);
    }

    @Test
    void syntheticIsFlaggedOnlyWhenASyntheticDocumentContributes() {
        // the ADMM-Plus meeting holds the one synthetic document: 4 words, terrorism once
        Json.assertJson(ok("/api/v1/series?theme=terrorism&series=ADMM-Plus"), obj(
                "query", seriesQuery(List.of("terrorism"), "year", "mentions", 0, "2017-11-15", "2017-11-15",
                        List.of("ADMM-Plus"), List.of()),
                "meta", meta(true, "Fewer than 3 documents in 1 bucket(s) (2017); values there rest on little text.",
                        "terrorism: fewer than 3 buckets with a value; no trend computed.",
                        "These numbers include synthetic demo documents, not real meeting texts."),
                "buckets", arr(year(2017, 1, 4)),
                "series", arr(series("terrorism", "Terrorism and violent extremism",
                        arr(point("2017", 1.0, 1.0, 1, 1, 4)), null))));
        JsonNode all = Json.parse(ok("/api/v1/series?theme=terrorism"));
        assertThat(all.get("meta").get("synthetic").booleanValue()).isTrue();
        JsonNode admm = Json.parse(ok("/api/v1/series?theme=terrorism&series=ADMM"));
        assertThat(admm.get("meta").get("synthetic").booleanValue()).isFalse();

        JsonNode hosts = Json.parse(ok("/api/v1/compare/hosts?theme=terrorism&host=PH"));
        assertThat(hosts.get("meta").get("synthetic").booleanValue()).isTrue();
        assertThat(Json.parse(ok("/api/v1/compare/hosts?theme=terrorism&series=ADMM")).get("meta").get("synthetic")
                .booleanValue()).isFalse();
        assertThat(Json.parse(ok("/api/v1/cooccurrence?theme=terrorism")).get("meta").get("synthetic").booleanValue())
                .isTrue();
        assertThat(Json.parse(ok("/api/v1/cooccurrence?theme=terrorism&series=ADMM")).get("meta").get("synthetic")
                .booleanValue()).isFalse();
        JsonNode passages = Json.parse(ok("/api/v1/mentions?theme=terrorism&series=ADMM-Plus"));
        assertThat(passages.get("meta").get("synthetic").booleanValue()).isTrue();
        assertThat(passages.get("items").get(0).get("synthetic").booleanValue()).isTrue();
        assertThat(Json.parse(ok("/api/v1/mentions?theme=terrorism&series=ADMM")).get("meta").get("synthetic")
                .booleanValue()).isFalse();
    }

    @Test
    void serverTimingSaysHowLongTheDatabaseAndTheWholeRequestTook() {
        for (String uri : List.of("/api/v1/series?theme=unity", "/api/v1/compare/hosts", "/api/v1/cooccurrence",
                "/api/v1/mentions?theme=unity", "/api/v1/series?theme=nope")) {
            web.get().uri(uri).exchange().expectHeader().value("Server-Timing", v -> {
                assertThat(v).matches("db;dur=\\d+\\.\\d{2}, total;dur=\\d+\\.\\d{2}");
                String[] parts = v.split(", ");
                double db = Double.parseDouble(parts[0].substring("db;dur=".length()));
                double total = Double.parseDouble(parts[1].substring("total;dur=".length()));
                assertThat(db).isLessThanOrEqualTo(total);
                if (!uri.endsWith("nope")) {
                    assertThat(db).as(uri).isPositive();
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------ host comparison

    /*
     * Hosts MM and PH, themes arms-race, unity, maritime-security (series ADMM):
     *          arms  unity  maritime │ total   meetings  documents  words
     *   MM       1     3       2     │   6        1          2        23
     *   PH       1     1       2     │   4        2          3        26
     *   total    2     4       4     │  10
     * Expected E = row·column/10: MM 1.2, 2.4, 2.4; PH 0.8, 1.6, 1.6.
     * Chi-square = .04/1.2 + .36/2.4 + .16/2.4 + .04/.8 + .36/1.6 + .16/1.6 = 0.625, df 2, p = exp(-0.625/2),
     * Cramér's V = √(0.625/10) = 0.25; all six expected counts are below 5.
     * Adjusted residual (O-E)/√(E(1 - row/N)(1 - column/N)):
     *   MM: -0.2/√(1.2·0.4·0.8), 0.6/√(2.4·0.4·0.6), -0.4/√(2.4·0.4·0.6)
     *   PH:  0.2/√(0.8·0.6·0.8), -0.6/√(1.6·0.6·0.6), 0.4/√(1.6·0.6·0.6)
     */
    @Test
    void hostComparisonWorkedOutByHand() {
        String body = ok("/api/v1/compare/hosts?theme=arms-race,unity,maritime-security&series=ADMM&host=MM,PH");

        double a = Math.sqrt(0.384);
        double u = Math.sqrt(0.576);
        Json.assertJson(body, obj(
                "query", obj("theme", List.of("arms-race", "unity", "maritime-security"), "from", null, "to", null,
                        "series", List.of("ADMM"), "host", List.of("MM", "PH"), "kind", List.of(), "sort", "host"),
                "meta", meta(false, "6 of the table's cells (100%) expect fewer than 5 mentions; the chi-square p-value"
                        + " is unreliable at that size (Cochran's rule: at most 20%)."),
                "themes", arr(obj("theme", "arms-race", "label", "Arms race", "mentions", 2, "inTable", true),
                        obj("theme", "unity", "label", "Unity", "mentions", 4, "inTable", true),
                        obj("theme", "maritime-security", "label", "Maritime security", "mentions", 4, "inTable", true)),
                "hosts", arr(
                        obj("host", "MM", "meetings", 1, "documents", 2, "words", 23, "mentions", 6, "inTable", true,
                                "themes", arr(
                                        cell("arms-race", 1, 1e4 / 23, 1.0 / 6, 1 / 1.2, 1.2, -0.2 / a),
                                        cell("unity", 3, 3e4 / 23, 3.0 / 6, 3 / 2.4, 2.4, 0.6 / u),
                                        cell("maritime-security", 2, 2e4 / 23, 2.0 / 6, 2 / 2.4, 2.4, -0.4 / u))),
                        obj("host", "PH", "meetings", 2, "documents", 3, "words", 26, "mentions", 4, "inTable", true,
                                "themes", arr(
                                        cell("arms-race", 1, 1e4 / 26, 0.25, 1 / 0.8, 0.8, 0.2 / a),
                                        cell("unity", 1, 1e4 / 26, 0.25, 1 / 1.6, 1.6, -0.6 / u),
                                        cell("maritime-security", 2, 2e4 / 26, 0.5, 2 / 1.6, 1.6, 0.4 / u)))),
                "test", obj("chiSquare", 0.625, "df", 2, "pValue", Math.exp(-0.3125), "cramersV", 0.25,
                        "lowExpectedCells", 6, "lowExpectedFraction", 1.0, "total", 10, "note", null)));
    }

    private static Map<String, Object> cell(String theme, long mentions, double per10k, double share, double lift,
                                            double expected, double residual) {
        return obj("theme", theme, "mentions", mentions, "per10k", per10k, "share", share, "lift", lift,
                "expected", expected, "residual", residual);
    }

    @Test
    void hostsWithoutMentionsAreNamedAndSortedAsAsked() {
        // south-china-sea is only in D5 (PH): MM and MY have none, so one row remains and nothing is tested
        JsonNode r = Json.parse(ok("/api/v1/compare/hosts?theme=south-china-sea,terrorism&series=ADMM&sort=words"));

        List<String> hosts = new ArrayList<>();
        r.get("hosts").forEach(h -> hosts.add(h.get("host").stringValue()));
        // words: PH 26, MM 23, MY 8
        assertThat(hosts).containsExactly("PH", "MM", "MY");
        // terrorism: MY (D3); south-china-sea: PH (D5) → a 2 × 2 table with MM left out
        Json.assertJson(r.get("meta").toString(), meta(false,
                "Hosts with no mentions of these themes are left out of the test: MM.",
                "4 of the table's cells (100%) expect fewer than 5 mentions; the chi-square p-value is unreliable"
                        + " at that size (Cochran's rule: at most 20%)."));
        // [[0, 1], [1, 0]] over PH, MY: every E = 0.5, χ² = 4·0.25/0.5 = 2, df 1, V = √(2/2) = 1
        assertThat(r.get("test").get("chiSquare").doubleValue()).isEqualTo(2.0);
        assertThat(r.get("test").get("cramersV").doubleValue()).isEqualTo(1.0);
    }

    // ------------------------------------------------------------------------------------------ co-occurrence

    /*
     * Sentences with at least one mention (series ADMM): D1 {arms-race, unity}, {maritime-security};
     * D2 {unity}, {unity, maritime-security}; D3 {terrorism, arms-race}; D4 {maritime-security};
     * D5 {arms-race, south-china-sea}, {maritime-security, unity} → N = 8.
     * Sentences per theme: arms-race 3, unity 4, maritime-security 4.
     * Pairs among the three: maritime-security + unity in 2 sentences, arms-race + unity in 1.
     *   maritime/unity: Jaccard 2/(4+4-2) = 1/3, lift 2·8/(4·4) = 1, PMI log2 1 = 0
     *   arms/unity:     Jaccard 1/(3+4-1) = 1/6, lift 1·8/(3·4) = 2/3, PMI log2(2/3)
     */
    @Test
    void sentenceCooccurrenceAmongChosenThemes() {
        String body = ok("/api/v1/cooccurrence?theme=arms-race,unity,maritime-security&series=ADMM");

        Json.assertJson(body, obj(
                "query", cooccurrenceQuery(List.of("arms-race", "unity", "maritime-security"), "sentence"),
                "meta", meta(false),
                "units", 8,
                "themes", arr(obj("theme", "arms-race", "label", "Arms race", "units", 3),
                        obj("theme", "unity", "label", "Unity", "units", 4),
                        obj("theme", "maritime-security", "label", "Maritime security", "units", 4)),
                "pairs", arr(pair("maritime-security", "unity", 2, 1.0 / 3, 0.0, 1.0),
                        pair("arms-race", "unity", 1, 1.0 / 6, log2(2.0 / 3), 2.0 / 3))));
    }

    /*
     * One theme: its pairs with every other. arms-race is in 3 of the 8 sentences, with south-china-sea
     * (1 sentence), terrorism (1) and unity (4) once each:
     *   scs, terrorism: Jaccard 1/3, lift 8/3, PMI log2(8/3); unity as above.
     */
    @Test
    void sentenceCooccurrenceOfOneTheme() {
        String body = ok("/api/v1/cooccurrence?theme=arms-race&series=ADMM");

        Json.assertJson(body, obj(
                "query", cooccurrenceQuery(List.of("arms-race"), "sentence"),
                "meta", meta(false),
                "units", 8,
                "themes", arr(obj("theme", "arms-race", "label", "Arms race", "units", 3)),
                "pairs", arr(pair("arms-race", "south-china-sea", 1, 1.0 / 3, log2(8.0 / 3), 8.0 / 3),
                        pair("arms-race", "terrorism", 1, 1.0 / 3, log2(8.0 / 3), 8.0 / 3),
                        pair("arms-race", "unity", 1, 1.0 / 6, log2(2.0 / 3), 2.0 / 3))));
    }

    /*
     * Documents with a mention: D1–D5 → N = 5 (D6 has none). arms-race in D1, D3, D5 (3); unity in D1, D2, D5
     * (3); maritime-security in D1, D2, D4, D5 (4). Together: maritime+unity D1, D2, D5 (3); arms+maritime D1,
     * D5 (2); arms+unity D1, D5 (2).
     *   maritime/unity: Jaccard 3/4, lift 3·5/(4·3) = 5/4;  arms/maritime: 2/5, lift 10/12;  arms/unity: 2/4, lift 10/9
     */
    @Test
    void documentCooccurrence() {
        String body = ok("/api/v1/cooccurrence?theme=arms-race,unity,maritime-security&series=ADMM&scope=document");

        Json.assertJson(body, obj(
                "query", cooccurrenceQuery(List.of("arms-race", "unity", "maritime-security"), "document"),
                "meta", meta(false),
                "units", 5,
                "themes", arr(obj("theme", "arms-race", "label", "Arms race", "units", 3),
                        obj("theme", "unity", "label", "Unity", "units", 3),
                        obj("theme", "maritime-security", "label", "Maritime security", "units", 4)),
                "pairs", arr(pair("maritime-security", "unity", 3, 0.75, log2(1.25), 1.25),
                        pair("arms-race", "maritime-security", 2, 0.4, log2(10.0 / 12), 10.0 / 12),
                        pair("arms-race", "unity", 2, 0.5, log2(10.0 / 9), 10.0 / 9))));
    }

    @Test
    void cooccurrenceWithoutMentions() {
        Json.assertJson(ok("/api/v1/cooccurrence?theme=unity&series=ADMM&from=2016&to=2016"), obj(
                "query", obj("theme", List.of("unity"), "scope", "sentence", "from", "2016-01-01", "to", "2016-12-31",
                        "series", List.of("ADMM"), "host", List.of(), "kind", List.of()),
                "meta", meta(false, "No theme mentions match these filters."),
                "units", 0,
                "themes", arr(obj("theme", "unity", "label", "Unity", "units", 0)),
                "pairs", arr()));
    }

    private static Map<String, Object> cooccurrenceQuery(List<String> themes, String scope) {
        return obj("theme", themes, "scope", scope, "from", null, "to", null, "series", List.of("ADMM"),
                "host", List.of(), "kind", List.of());
    }

    private static Map<String, Object> pair(String a, String b, long count, double jaccard, double pmi, double lift) {
        return obj("a", a, "b", b, "count", count, "jaccard", jaccard, "pmi", pmi, "lift", lift);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // ------------------------------------------------------------------------------------------ passages

    private static Map<String, Object> item(String documentId, String title, Map<String, Object> meeting, String theme,
                                            String term, String sentence, int sentenceStart, int start) {
        return obj("documentId", documentId, "documentTitle", title, "meeting", meeting, "theme", theme, "term", term,
                "sentence", sentence, "start", start, "end", start + term.length(),
                "termStart", start - sentenceStart, "termEnd", start - sentenceStart + term.length(), "page", null, "synthetic", false);
    }

    private static final Map<String, Object> MEETING8 = obj("id", "admm-8", "label", LABEL8, "date", "2014-05-20",
            "host", "MM");

    @Test
    void theMentionsBehindOneSeriesPoint() {
        // unity in 2014: once in D1 (offset 59), twice in D2 (offsets 0 and 15); same meeting date, so by document id
        String body = ok("/api/v1/mentions?theme=unity&series=ADMM&bucketing=year&bucket=2014");

        List<Object> d1 = arr(item(ID1, "Joint Declaration of the 8th ADMM", MEETING8, "unity", "unity", S1, 0, 59));
        List<Object> d2 = arr(item(ID2, "Opening speech", MEETING8, "unity", "Unity", "Unity matters.", 0, 0),
                item(ID2, "Opening speech", MEETING8, "unity", "Unity", "Unity and maritime security go together.", 15, 15));
        List<Object> items = new ArrayList<>();
        items.addAll(ID1.compareTo(ID2) < 0 ? d1 : d2);
        items.addAll(ID1.compareTo(ID2) < 0 ? d2 : d1);
        Json.assertJson(body, obj(
                "query", obj("theme", List.of("unity"), "from", null, "to", null, "series", List.of("ADMM"),
                        "host", List.of(), "kind", List.of(), "bucketing", "year", "bucket", "2014", "limit", 50),
                "meta", meta(false),
                "items", items,
                "nextCursor", null));
    }

    /**
     * For every point of the series of {@code themes} under {@code filters}, cut by {@code bucketing}: the
     * passages of that bucket are exactly the point's mentions, from exactly its documents.
     */
    private void assertPassagesMatchEveryPoint(String themes, String filters, String bucketing) {
        JsonNode series = Json.parse(ok("/api/v1/series?theme=" + themes + "&" + filters + "&bucket=" + bucketing));
        int checked = 0;
        for (JsonNode s : series.get("series")) {
            String theme = s.get("theme").stringValue();
            for (JsonNode p : s.get("points")) {
                String key = p.get("bucket").stringValue();
                JsonNode page = Json.parse(ok("/api/v1/mentions?theme=" + theme + "&" + filters + "&bucketing="
                        + bucketing + "&bucket=" + key + "&limit=200"));
                Set<String> documents = new HashSet<>();
                page.get("items").forEach(i -> {
                    documents.add(i.get("documentId").stringValue());
                    assertThat(i.get("theme").stringValue()).isEqualTo(theme);
                });
                assertThat(page.get("items").size()).as("%s %s", theme, key).isEqualTo(p.get("mentions").intValue());
                assertThat(documents.size()).as("%s %s", theme, key).isEqualTo(p.get("documents").intValue());
                assertThat(page.get("nextCursor").isNull()).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void passagesOfEveryBucketAddUpToTheSeries() {
        String themes = "arms-race,unity,maritime-security,terrorism";
        assertPassagesMatchEveryPoint(themes, "series=ADMM", "year");
        assertPassagesMatchEveryPoint(themes, "series=ADMM", "meeting");
        // the year-only meeting is in no quarter or month, for the passages as for the counts
        assertPassagesMatchEveryPoint("arms-race,terrorism", "series=ADMM", "quarter");
        assertPassagesMatchEveryPoint("maritime-security", "series=ADMM", "month");
        assertPassagesMatchEveryPoint("unity,terrorism", "series=ADMM&host=MM,MY&kind=joint-declaration", "year");
        JsonNode q1 = Json.parse(ok("/api/v1/mentions?theme=terrorism&series=ADMM&bucketing=quarter&bucket=2015-Q1"));
        assertThat(q1.get("items").size()).isZero();
        JsonNode y2015 = Json.parse(ok("/api/v1/mentions?theme=terrorism&series=ADMM&bucketing=year&bucket=2015"));
        assertThat(y2015.get("items").size()).isEqualTo(1);
        Json.assertJson(y2015.get("items").get(0).get("meeting").toString(),
                obj("id", "admm-9", "label", LABEL9, "date", "2015-01-01", "host", "MY"));
    }

    @Test
    void cursorPagingWalksEveryMentionOnceInOrder() {
        // all ADMM mentions: D1 3, D2 3, D3 2, D4 1, D5 4 = 13, in pages of 2
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Json.parse(ok("/api/v1/mentions?series=ADMM&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            assertThat(page.get("items").size()).isBetween(1, 2);
            page.get("items").forEach(i -> paged.add(i.get("documentId").stringValue() + "@" + i.get("start").intValue()
                    + ":" + i.get("theme").stringValue()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").stringValue();
            pages++;
        } while (cursor != null && pages < 20);

        List<String> single = new ArrayList<>();
        Json.parse(ok("/api/v1/mentions?series=ADMM&limit=200")).get("items").forEach(i -> single.add(
                i.get("documentId").stringValue() + "@" + i.get("start").intValue() + ":" + i.get("theme").stringValue()));
        assertThat(pages).isEqualTo(7);
        assertThat(paged).hasSize(13).doesNotHaveDuplicates().isEqualTo(single);
        // newest meeting first: D5 (2017-10-23), D4 (2017-03), D3 (2015), then D1 and D2 (2014)
        assertThat(single.subList(0, 4)).allMatch(s -> s.startsWith(ID5));
        assertThat(single.get(4)).startsWith(ID4);
        assertThat(single.subList(5, 7)).allMatch(s -> s.startsWith(ID3));
        assertThat(single.subList(0, 4)).containsExactly(ID5 + "@3:arms-race", ID5 + "@20:south-china-sea",
                ID5 + "@53:maritime-security", ID5 + "@75:unity");
    }

    // ------------------------------------------------------------------------------------------ errors

    private static void assertInvalid(EntityExchangeResult<String> r, String path, List<Map<String, Object>> errors) {
        assertThat(r.getStatus().value()).as(r.getResponseBody()).isEqualTo(400);
        assertThat(r.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String detail = errors.size() == 1 ? (String) errors.getFirst().get("message")
                : errors.size() + " problems: " + String.join(" ", errors.stream().map(e -> (String) e.get("message")).toList());
        Json.assertJson(r.getResponseBody(), obj("type", "urn:themescope:problem:invalid-request",
                "title", "Invalid request", "status", 400, "detail", detail, "instance", path, "errors", errors));
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return obj("field", field, "rule", rule, "message", message);
    }

    private static final Map<String, Object> FROM_AFTER_TO = error("from", "before-to",
            "from (2017) must not be after to (2015).");
    private static final Map<String, Object> BAD_HOST = error("host", "iso-3166-1-alpha-2",
            "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \"Laos\".");
    private static final Map<String, Object> BAD_KIND = error("kind", "enum",
            "kind must be one of chairman-statement, joint-declaration, news-report, other, speech; got \"memo\".");

    @Test
    void seriesErrors() {
        assertInvalid(get("/api/v1/series?theme=unity&from=2017&to=2015"), "/api/v1/series", List.of(FROM_AFTER_TO));
        assertInvalid(get("/api/v1/series?theme=unity,piracy"), "/api/v1/series",
                List.of(error("theme", "known-theme", ThemeIds.unknown("piracy"))));
        assertInvalid(get("/api/v1/series"), "/api/v1/series", List.of(error("theme", "count",
                "theme is required: give between 1 and 12 theme ids, e.g. theme=arms-race.")));
        assertInvalid(get("/api/v1/series?theme=unity&bucket=week"), "/api/v1/series", List.of(error("bucket", "enum",
                "bucket must be one of year, quarter, month, meeting; got \"week\".")));
        assertInvalid(get("/api/v1/series?theme=unity&metric=rate"), "/api/v1/series", List.of(error("metric", "enum",
                "metric must be one of mentions, documents, per10k, share; got \"rate\".")));
        assertInvalid(get("/api/v1/series?theme=unity&smooth=4"), "/api/v1/series", List.of(error("smooth", "odd-window",
                "smooth must be 0 (off) or an odd window of 3 to 25 buckets, centred on each bucket; got 4.")));
        String thirteen = "arms-race,major-power-rivalry,geopolitical-shifts,south-china-sea,territorial-disputes,"
                + "military-modernisation,traditional-threats,nuclear-and-wmd,korean-peninsula,maritime-security,"
                + "myanmar-crisis,non-traditional-threats,terrorism";
        assertInvalid(get("/api/v1/series?theme=" + thirteen), "/api/v1/series", List.of(error("theme", "count",
                "Too many themes: at most 12 per request (themescope.limits.max-series-themes); got 13.")));
        assertInvalid(get("/api/v1/series?theme=unity&host=Laos&kind=memo"), "/api/v1/series", List.of(BAD_KIND, BAD_HOST));
        assertInvalid(get("/api/v1/series?theme=piracy&bucket=week&metric=rate&from=2017&to=2015&host=Laos"),
                "/api/v1/series", List.of(error("theme", "known-theme", ThemeIds.unknown("piracy")),
                        error("bucket", "enum", "bucket must be one of year, quarter, month, meeting; got \"week\"."),
                        error("metric", "enum", "metric must be one of mentions, documents, per10k, share; got \"rate\"."),
                        FROM_AFTER_TO, BAD_HOST));
    }

    @Test
    void hostComparisonErrors() {
        assertInvalid(get("/api/v1/compare/hosts?host=Laos"), "/api/v1/compare/hosts", List.of(BAD_HOST));
        assertInvalid(get("/api/v1/compare/hosts?sort=size"), "/api/v1/compare/hosts", List.of(error("sort", "enum",
                "sort must be one of host, meetings, documents, words, mentions; got \"size\".")));
        assertInvalid(get("/api/v1/compare/hosts?theme=piracy&from=2017&to=2015&kind=memo"), "/api/v1/compare/hosts",
                List.of(error("theme", "known-theme", ThemeIds.unknown("piracy")), FROM_AFTER_TO, BAD_KIND));
    }

    @Test
    void cooccurrenceErrors() {
        assertInvalid(get("/api/v1/cooccurrence?kind=memo"), "/api/v1/cooccurrence", List.of(BAD_KIND));
        assertInvalid(get("/api/v1/cooccurrence?scope=paragraph&theme=piracy"), "/api/v1/cooccurrence", List.of(
                error("theme", "known-theme", ThemeIds.unknown("piracy")),
                error("scope", "enum", "scope must be one of sentence, document; got \"paragraph\".")));
    }

    @Test
    void passageErrors() {
        assertInvalid(get("/api/v1/mentions?cursor=not-a-cursor"), "/api/v1/mentions", List.of(error("cursor",
                "opaque-cursor", "cursor is not one this API issued; pass nextCursor from the previous page unchanged.")));
        assertInvalid(get("/api/v1/mentions?limit=0"), "/api/v1/mentions", List.of(error("limit", "range",
                "limit must be between 1 and 200 (themescope.limits.max-passages-page); got 0.")));
        assertInvalid(get("/api/v1/mentions?limit=ten"), "/api/v1/mentions", List.of(error("limit", "integer",
                "limit must be a whole number; got \"ten\".")));
        assertInvalid(get("/api/v1/mentions?bucketing=quarter&bucket=2016-Q5"), "/api/v1/mentions", List.of(
                error("bucket", "bucket-key", "bucket \"2016-Q5\" is not a quarter key like 2016-Q2.")));
        assertInvalid(get("/api/v1/mentions?bucket=2016-05"), "/api/v1/mentions", List.of(
                error("bucket", "bucket-key", "bucket \"2016-05\" is not a year key like 2016.")));
        assertInvalid(get("/api/v1/mentions?bucketing=week&bucket=1"), "/api/v1/mentions", List.of(
                error("bucketing", "enum", "bucketing must be one of year, quarter, month, meeting; got \"week\".")));
        assertInvalid(get("/api/v1/mentions?theme=piracy&host=Laos&cursor=x&limit=0"), "/api/v1/mentions", List.of(
                error("theme", "known-theme", ThemeIds.unknown("piracy")), BAD_HOST,
                error("limit", "range", "limit must be between 1 and 200 (themescope.limits.max-passages-page); got 0."),
                error("cursor", "opaque-cursor",
                        "cursor is not one this API issued; pass nextCursor from the previous page unchanged.")));
    }

    @Test
    void resolvedQueriesEchoWhatWasAsked() {
        Map<String, Object> q = new LinkedHashMap<>();
        JsonNode r = Json.parse(ok("/api/v1/mentions?theme=unity&host=MM&kind=speech&from=2014&to=2014&limit=1"));
        q.putAll(obj("theme", List.of("unity"), "from", "2014-01-01", "to", "2014-12-31", "series", List.of(),
                "host", List.of("MM"), "kind", List.of("speech"), "bucketing", null, "bucket", null, "limit", 1));
        Json.assertJson(r.get("query").toString(), q);
        // D2 has two unity mentions: one on this page, a cursor for the other
        assertThat(r.get("items").size()).isEqualTo(1);
        assertThat(r.get("nextCursor").isNull()).isFalse();
    }
}
