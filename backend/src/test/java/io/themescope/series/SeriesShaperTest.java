package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.analytics.Meta;
import io.themescope.meetings.MeetingRef;
import io.themescope.themes.TaxonomyLoader;
import io.themescope.web.Period;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape stage of the series pipeline on hand-built per-meeting counts: bucketing, zero-filling,
 * each metric with its denominator, the Wilson interval of a share, smoothing, trends and every
 * warning. No database: every expected number below is worked out by hand in the comments.
 */
class SeriesShaperTest {

    private static final String VERSION = "2026.11.1";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private static final double Z95 = 1.959963984540054;

    private final SeriesShaper shaper = new SeriesShaper(TaxonomyLoader.loadDefault());

    // Three ADMM meetings: 2014 (to the day), 2015 (only the year is known), none in 2016, 2017 (to the day).
    private static final MeetingRef M8 = MeetingRef.of("admm-8", "ADMM", 8, LocalDate.of(2014, 5, 20), "day", "MM", "Nay Pyi Taw");
    private static final MeetingRef M9 = MeetingRef.of("admm-9", "ADMM", 9, LocalDate.of(2015, 1, 1), "year", "MY", "Kuala Lumpur");
    private static final MeetingRef M11 = MeetingRef.of("admm-11", "ADMM", 11, LocalDate.of(2017, 10, 23), "day", "PH", "Clark");

    /*
     * Per meeting:            documents  words  arms-race (mentions/docs)  unity  all theme mentions
     *   admm-8  2014-05-20         2       400          4 / 2               1 / 1        10
     *   admm-9  2015 (year)        1       100          -                   1 / 1         2
     *   admm-11 2017-10-23         3      1000          5 / 2               -            20
     */
    private static SeriesData corpus(boolean synthetic) {
        return new SeriesData(List.of(M8, M9, M11),
                Map.of("admm-8", Map.of("arms-race", new SeriesData.Counts(4, 2), "unity", new SeriesData.Counts(1, 1)),
                        "admm-9", Map.of("unity", new SeriesData.Counts(1, 1)),
                        "admm-11", Map.of("arms-race", new SeriesData.Counts(5, 2))),
                Map.of("admm-8", 10L, "admm-9", 2L, "admm-11", 20L),
                Map.of("admm-8", new SeriesData.Totals(2, 400, false),
                        "admm-9", new SeriesData.Totals(1, 100, synthetic),
                        "admm-11", new SeriesData.Totals(3, 1000, false)));
    }

    private static SeriesQuery query(Bucketing bucket, Metric metric, int smooth, Period period, String... themes) {
        return new SeriesQuery(List.of(themes), bucket, metric, smooth,
                new Filters(period, List.of(), List.of(), List.of()), TODAY);
    }

    private static SeriesQuery query(Bucketing bucket, Metric metric, int smooth, String... themes) {
        return query(bucket, metric, smooth, new Period(null, null), themes);
    }

    private static SeriesResponse.BucketView year(int y, long documents, long words) {
        return new SeriesResponse.BucketView(Integer.toString(y), Integer.toString(y), LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31), documents, words);
    }

    private static SeriesResponse.Point point(String bucket, Double value, Double raw, long mentions, long documents,
                                              long words) {
        return new SeriesResponse.Point(bucket, value, raw, mentions, documents, words, null, null);
    }

    private static SeriesResponse.ResolvedQuery resolved(List<String> themes, String bucket, String metric, int smooth,
                                                         LocalDate from, LocalDate to) {
        return new SeriesResponse.ResolvedQuery(themes, bucket, metric, smooth, from, to, List.of(), List.of(), List.of());
    }

    /** Compares records field by field, doubles to 1e-9 (relative), so sums done in another order still match. */
    private static void assertSameResponse(SeriesResponse actual, SeriesResponse expected) {
        Comparator<Double> close = (a, b) -> Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) ? 0 : a.compareTo(b);
        assertThat(actual).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                .withStrictTypeChecking(true)
                .withComparatorForType(close, Double.class).build()).isEqualTo(expected);
    }

    @Test
    void yearBucketsAreZeroFilledAndCarryTheirDenominators() {
        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0, "arms-race", "unity"), corpus(false), VERSION);

        // arms-race per year 4, 0, 0, 5 at x = 0..3: x̄ = 1.5, ȳ = 2.25, Sxx = 5,
        //   Sxy = (-1.5)(1.75) + (-0.5)(-2.25) + (0.5)(-2.25) + (1.5)(2.75) = 1.5, Syy = 20.75
        //   slope = 1.5/5 = 0.3, intercept = 2.25 - 0.3·1.5 = 1.8, r² = 1.5²/(5·20.75)
        //   with n - 2 = 2 degrees of freedom the slope's two-sided p-value is 1 - |r|
        //   Kendall: pairs (0,1) -, (0,2) -, (0,3) +, (1,2) tie, (1,3) +, (2,3) + → S = 1, tau-b = 1/√(6·5);
        //   continuity-corrected z = (1 - 1)/σ = 0 → Mann-Kendall p = 1
        //   Sen: pairwise slopes -4, -2, 1/3, 0, 5/2, 5 → median of (0, 1/3) = 1/6
        double r2Arms = 1.5 * 1.5 / (5 * 20.75);
        var armsTrend = new SeriesResponse.TrendView(4, 0.3, 1.8, 1 - Math.sqrt(r2Arms), r2Arms, 1 / Math.sqrt(30),
                1.0, 1.0 / 6);
        // unity per year 1, 1, 0, 0: ȳ = 0.5, Sxy = -2, Syy = 1 → slope -0.4, intercept 1.1, r² = 4/5, p = 1 - √0.8
        //   Kendall: S = -4 (pairs (0,2) (0,3) (1,2) (1,3) fall, two ties); ties in y: two pairs → tau-b = -4/√(6·4)
        //   Var S = [4·3·13 - 2·(2·1·9)]/18 = 120/18; z = (-4 + 1)/√(120/18); p = erfc(|z|/√2)
        //   Sen: slopes 0, -1/2, -1/3, -1, -1/2, 0 → median of (-1/2, -1/3) = -5/12
        double zUnity = 3 / Math.sqrt(120.0 / 18);
        var unityTrend = new SeriesResponse.TrendView(4, -0.4, 1.1, 1 - Math.sqrt(0.8), 0.8, -4 / Math.sqrt(24),
                org.apache.commons.math3.special.Erf.erfc(zUnity / Math.sqrt(2)), -5.0 / 12);

        assertSameResponse(r, new SeriesResponse(
                resolved(List.of("arms-race", "unity"), "year", "mentions", 0, LocalDate.of(2014, 5, 20),
                        LocalDate.of(2017, 10, 23)),
                new Meta(List.of(
                        "Fewer than 3 documents in 2 bucket(s) (2014, 2015); values there rest on little text.",
                        "1 bucket(s) have no documents; for the mentions metric they count as 0, also in the trend."
                                + " Use per10k or share to compare buckets of uneven coverage."), false, VERSION),
                List.of(year(2014, 2, 400), year(2015, 1, 100), year(2016, 0, 0), year(2017, 3, 1000)),
                List.of(new SeriesResponse.ThemeSeries("arms-race", "Arms race", List.of(
                                point("2014", 4.0, 4.0, 4, 2, 400),
                                point("2015", 0.0, 0.0, 0, 0, 100),
                                point("2016", 0.0, 0.0, 0, 0, 0),
                                point("2017", 5.0, 5.0, 5, 2, 1000)), armsTrend),
                        new SeriesResponse.ThemeSeries("unity", "Unity", List.of(
                                point("2014", 1.0, 1.0, 1, 1, 400),
                                point("2015", 1.0, 1.0, 1, 1, 100),
                                point("2016", 0.0, 0.0, 0, 0, 0),
                                point("2017", 0.0, 0.0, 0, 0, 1000)), unityTrend))));
    }

    @Test
    void documentsMetricCountsMentioningDocuments() {
        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.DOCUMENTS, 0, "arms-race"), corpus(false), VERSION);

        assertThat(r.series().getFirst().points()).extracting(SeriesResponse.Point::value)
                .containsExactly(2.0, 0.0, 0.0, 2.0);
        assertThat(r.meta().warnings()).contains("1 bucket(s) have no documents; for the documents metric they count"
                + " as 0, also in the trend. Use per10k or share to compare buckets of uneven coverage.");
    }

    @Test
    void per10kIsNullWhereABucketHasNoWords() {
        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.PER10K, 0, "arms-race"), corpus(false), VERSION);

        // 4·10000/400 = 100, 0·10000/100 = 0, no words in 2016, 5·10000/1000 = 50
        assertThat(r.series().getFirst().points()).containsExactly(
                point("2014", 100.0, 100.0, 4, 2, 400),
                point("2015", 0.0, 0.0, 0, 0, 100),
                point("2016", null, null, 0, 0, 0),
                point("2017", 50.0, 50.0, 5, 2, 1000));
        // a rate needs no zero-bucket warning: the empty bucket has no value
        assertThat(r.meta().warnings()).containsExactly(
                "Fewer than 3 documents in 2 bucket(s) (2014, 2015); values there rest on little text.");
        // trend over x = 0, 1, 3 only: n = 3
        assertThat(r.series().getFirst().trend().n()).isEqualTo(3);
    }

    /** Wilson score interval, 95%, written out: centre ± half-width over 1 + z²/n. */
    private static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {k == 0 ? 0 : centre - half, k == n ? 1 : centre + half};
    }

    @Test
    void shareIsOfAllThemeMentionsWithAWilsonIntervalAndNullWithoutMentions() {
        // admm-9 has a document but no theme mentions at all: its share is undefined, not 0
        SeriesData data = new SeriesData(List.of(M8, M9, M11),
                Map.of("admm-8", Map.of("arms-race", new SeriesData.Counts(4, 2)),
                        "admm-11", Map.of("arms-race", new SeriesData.Counts(5, 2))),
                Map.of("admm-8", 10L, "admm-11", 20L),
                Map.of("admm-8", new SeriesData.Totals(2, 400, false), "admm-9", new SeriesData.Totals(1, 100, false),
                        "admm-11", new SeriesData.Totals(3, 1000, false)));

        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.SHARE, 0, "arms-race"), data, VERSION);

        double[] w2014 = wilson(4, 10);
        double[] w2017 = wilson(5, 20);
        assertThat(w2014[0]).isCloseTo(0.1682, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(w2014[1]).isCloseTo(0.6873, org.assertj.core.api.Assertions.within(1e-4));
        List<SeriesResponse.Point> points = r.series().getFirst().points();
        assertThat(points).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : a.compareTo(b), Double.class).build())
                .containsExactly(
                        new SeriesResponse.Point("2014", 0.4, 0.4, 4, 2, 400, w2014[0], w2014[1]),
                        new SeriesResponse.Point("2015", null, null, 0, 0, 100, null, null),
                        new SeriesResponse.Point("2016", null, null, 0, 0, 0, null, null),
                        new SeriesResponse.Point("2017", 0.25, 0.25, 5, 2, 1000, w2017[0], w2017[1]));
        // only two buckets have a value
        assertThat(r.series().getFirst().trend()).isNull();
        assertThat(r.meta().warnings()).containsExactly(
                "Fewer than 3 documents in 2 bucket(s) (2014, 2015); values there rest on little text.",
                "arms-race: fewer than 3 buckets with a value; no trend computed.");
    }

    @Test
    void zeroMentionsOutOfSomeIsAShareOfZeroWithALowerBoundOfZero() {
        SeriesData data = new SeriesData(List.of(M9), Map.of(), Map.of("admm-9", 2L),
                Map.of("admm-9", new SeriesData.Totals(1, 100, false)));

        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.SHARE, 0, "arms-race"), data, VERSION);

        // 0 of 2: low exactly 0, high z²/(n + z²)
        assertThat(r.series().getFirst().points()).containsExactly(new SeriesResponse.Point("2015", 0.0, 0.0, 0, 0, 100,
                0.0, Z95 * Z95 / (2 + Z95 * Z95)));
    }

    @Test
    void smoothingSkipsNullsKeepsThemAndWarnsOnceAboutTruncatedEdges() {
        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.PER10K, 3, "arms-race", "unity"), corpus(false), VERSION);

        // arms-race raw 100, 0, null, 50
        //   2014: mean(100, 0) = 50 (window cut at the start), 2015: mean(100, 0, -) = 50,
        //   2016: stays null, 2017: mean(-, 50) = 50 (window cut at the end)
        assertThat(r.series().get(0).points()).containsExactly(
                point("2014", 50.0, 100.0, 4, 2, 400),
                point("2015", 50.0, 0.0, 0, 0, 100),
                point("2016", null, null, 0, 0, 0),
                point("2017", 50.0, 50.0, 5, 2, 1000));
        // unity raw 1·10000/400 = 25, 1·10000/100 = 100, null, 0 → 62.5, 62.5, null, 0
        assertThat(r.series().get(1).points()).extracting(SeriesResponse.Point::value)
                .containsExactly(62.5, 62.5, null, 0.0);
        assertThat(r.meta().warnings()).containsExactly(
                "Fewer than 3 documents in 2 bucket(s) (2014, 2015); values there rest on little text.",
                "Smoothing over 3 buckets is truncated at the edges: the first and last 1 bucket(s) average fewer buckets.");
        // the trend is fitted to the raw values: x = 0, 1, 3 and y = 100, 0, 50 → Sen slope median(-100, -50/3, 25)
        assertThat(r.series().get(0).trend().n()).isEqualTo(3);
        assertThat(r.series().get(0).trend().senSlope()).isCloseTo(-50.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.query().smooth()).isEqualTo(3);
    }

    @Test
    void fewerThanThreeValuesGiveNoTrend() {
        SeriesData data = new SeriesData(List.of(M8, M11), Map.of(), Map.of(),
                Map.of("admm-8", new SeriesData.Totals(2, 400, false), "admm-11", new SeriesData.Totals(3, 1000, false)));

        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.PER10K, 0, "unity"), data, VERSION);

        assertThat(r.series().getFirst().points()).extracting(SeriesResponse.Point::value)
                .containsExactly(0.0, null, null, 0.0);
        assertThat(r.series().getFirst().trend()).isNull();
        assertThat(r.meta().warnings()).containsExactly(
                "Fewer than 3 documents in 1 bucket(s) (2014); values there rest on little text.",
                "unity: fewer than 3 buckets with a value; no trend computed.");
    }

    @Test
    void quarterBucketsLeaveOutMeetingsKnownOnlyByYear() {
        SeriesResponse r = shaper.shape(query(Bucketing.QUARTER, Metric.MENTIONS, 0, "unity"), corpus(false), VERSION);

        // 2014-Q2 … 2017-Q4 is 15 quarters; admm-9 (2015, 1 document) goes in none of them
        List<String> keys = new ArrayList<>();
        for (int y = 2014; y <= 2017; y++) {
            for (int q = y == 2014 ? 2 : 1; q <= 4; q++) {
                keys.add(y + "-Q" + q);
            }
        }
        assertThat(r.buckets()).extracting(SeriesResponse.BucketView::key).containsExactlyElementsOf(keys);
        assertThat(r.buckets().getFirst()).isEqualTo(new SeriesResponse.BucketView("2014-Q2", "2014 Q2",
                LocalDate.of(2014, 4, 1), LocalDate.of(2014, 6, 30), 2, 400));
        assertThat(r.buckets().getLast()).isEqualTo(new SeriesResponse.BucketView("2017-Q4", "2017 Q4",
                LocalDate.of(2017, 10, 1), LocalDate.of(2017, 12, 31), 3, 1000));
        assertThat(r.buckets()).extracting(SeriesResponse.BucketView::documents).containsOnly(0L, 2L, 3L)
                .filteredOn(d -> d > 0).hasSize(2);
        // unity at admm-9 is not counted anywhere: only admm-8's one mention remains
        assertThat(r.series().getFirst().points()).extracting(SeriesResponse.Point::mentions)
                .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(r.meta().warnings()).containsExactly(
                "1 meeting(s) dated only to the year are left out of quarter buckets:"
                        + " 9th ADMM — Kuala Lumpur (2015) (1 documents).",
                "Fewer than 3 documents in 1 bucket(s) (2014 Q2); values there rest on little text.",
                "13 bucket(s) have no documents; for the mentions metric they count as 0, also in the trend."
                        + " Use per10k or share to compare buckets of uneven coverage.");
    }

    @Test
    void aMeetingKnownOnlyByYearDoesNotStretchTheQuarterRange() {
        // admm-9 is the last meeting with data but cannot be placed in a quarter: the range ends at 2014-Q2,
        // not at a 2015-Q1 bucket that would show a zero for a meeting that may have been held in any quarter
        SeriesData data = new SeriesData(List.of(M8, M9), Map.of("admm-9", Map.of("unity", new SeriesData.Counts(1, 1))),
                Map.of(), Map.of("admm-8", new SeriesData.Totals(2, 400, false), "admm-9", new SeriesData.Totals(1, 100, false)));

        SeriesResponse r = shaper.shape(query(Bucketing.QUARTER, Metric.MENTIONS, 0, "unity"), data, VERSION);

        assertThat(r.buckets()).extracting(SeriesResponse.BucketView::key).containsExactly("2014-Q2");
        assertThat(r.query().from()).isEqualTo(LocalDate.of(2014, 5, 20));
        assertThat(r.query().to()).isEqualTo(LocalDate.of(2014, 5, 20));
    }

    @Test
    void meetingBucketsAreTheMeetingsInDateOrderWithTheirLabels() {
        MeetingRef retreat = MeetingRef.of("admm-retreat-2016-03", "ADMM Retreat", null, LocalDate.of(2016, 3, 1),
                "month", "LA", null);
        SeriesData data = corpus(false);
        data = new SeriesData(List.of(M8, M9, retreat, M11), data.themeCounts(), data.allThemeMentions(), data.totals());

        SeriesResponse r = shaper.shape(query(Bucketing.MEETING, Metric.MENTIONS, 0, "arms-race"), data, VERSION);

        assertThat(r.buckets()).containsExactly(
                new SeriesResponse.BucketView("admm-8", "8th ADMM — Nay Pyi Taw (2014-05-20)",
                        LocalDate.of(2014, 5, 20), LocalDate.of(2014, 5, 20), 2, 400),
                new SeriesResponse.BucketView("admm-9", "9th ADMM — Kuala Lumpur (2015)",
                        LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), 1, 100),
                // a meeting without documents is still a bucket of the meeting view
                new SeriesResponse.BucketView("admm-retreat-2016-03", "ADMM Retreat — LA, virtual (2016-03)",
                        LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 1), 0, 0),
                new SeriesResponse.BucketView("admm-11", "11th ADMM — Clark (2017-10-23)",
                        LocalDate.of(2017, 10, 23), LocalDate.of(2017, 10, 23), 3, 1000));
        assertThat(r.series().getFirst().points()).containsExactly(
                point("admm-8", 4.0, 4.0, 4, 2, 400),
                point("admm-9", 0.0, 0.0, 0, 0, 100),
                point("admm-retreat-2016-03", 0.0, 0.0, 0, 0, 0),
                point("admm-11", 5.0, 5.0, 5, 2, 1000));
        assertThat(r.meta().warnings()).containsExactly(
                "Fewer than 3 documents in 2 bucket(s) (8th ADMM — Nay Pyi Taw (2014-05-20),"
                        + " 9th ADMM — Kuala Lumpur (2015)); values there rest on little text.",
                "1 bucket(s) have no documents; for the mentions metric they count as 0, also in the trend."
                        + " Use per10k or share to compare buckets of uneven coverage.");
        assertThat(r.query().from()).isEqualTo(LocalDate.of(2014, 5, 20));
        assertThat(r.query().to()).isEqualTo(LocalDate.of(2017, 10, 23));
    }

    @Test
    void aGivenPeriodSetsTheBucketRangeEvenWhereThereIsNoData() {
        SeriesResponse r = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0,
                new Period(LocalDate.of(2013, 1, 1), LocalDate.of(2018, 12, 31)), "arms-race"), corpus(false), VERSION);

        assertThat(r.buckets()).extracting(SeriesResponse.BucketView::key)
                .containsExactly("2013", "2014", "2015", "2016", "2017", "2018");
        assertThat(r.query().from()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(r.query().to()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void noDataAtAll() {
        SeriesData empty = new SeriesData(List.of(), Map.of(), Map.of(), Map.of());

        SeriesResponse open = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0, "arms-race"), empty, VERSION);
        assertSameResponse(open, new SeriesResponse(resolved(List.of("arms-race"), "year", "mentions", 0, null, null),
                new Meta(List.of("No documents match these filters.",
                        "arms-race: fewer than 3 buckets with a value; no trend computed."), false, VERSION),
                List.of(), List.of(new SeriesResponse.ThemeSeries("arms-race", "Arms race", List.of(), null))));

        // with only a start, the range runs until today
        SeriesResponse fromOnly = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0,
                new Period(LocalDate.of(2023, 1, 1), null), "arms-race"), empty, VERSION);
        assertThat(fromOnly.buckets()).extracting(SeriesResponse.BucketView::key).containsExactly("2023", "2024", "2025");
        assertThat(fromOnly.query().to()).isEqualTo(TODAY);
        assertThat(fromOnly.meta().warnings()).containsExactly("No documents match these filters.");
    }

    @Test
    void syntheticDocumentsAreFlaggedAndNamedInTheLastWarning() {
        SeriesResponse real = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0, "unity"), corpus(false), VERSION);
        SeriesResponse synthetic = shaper.shape(query(Bucketing.YEAR, Metric.MENTIONS, 0, "unity"), corpus(true), VERSION);

        assertThat(real.meta().synthetic()).isFalse();
        assertThat(synthetic.meta().synthetic()).isTrue();
        assertThat(synthetic.meta().warnings().getLast())
                .isEqualTo("These numbers include synthetic demo documents, not real meeting texts.");
        assertThat(synthetic.meta().taxonomyVersion()).isEqualTo(VERSION);
    }

    @Test
    void trendsAreLeftOutAboveTheLimitInsteadOfFailing() {
        Double[] many = new Double[io.themescope.stats.TrendStatistics.MAX_POINTS + 1];
        java.util.Arrays.fill(many, 1.0);
        org.assertj.core.api.Assertions.assertThat(SeriesShaper.trend(many)).isNull();
        Double[] enough = {1.0, 2.0, 3.0, 4.0};
        org.assertj.core.api.Assertions.assertThat(SeriesShaper.trend(enough)).isNotNull();
    }
}
