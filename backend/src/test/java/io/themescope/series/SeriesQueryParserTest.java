package io.themescope.series;

import io.themescope.analytics.Bucketing;
import io.themescope.analytics.Filters;
import io.themescope.support.ThemeIds;
import io.themescope.themes.Taxonomy;
import io.themescope.themes.TaxonomyLoader;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import io.themescope.web.Period;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parse stage of the series pipeline: raw query parameters in, a validated query or every
 * broken rule out, each with the sentence the dashboard shows. "Today" comes from the clock, so an
 * open-ended query is reproducible.
 */
class SeriesQueryParserTest {

    private static final Taxonomy TAXONOMY = TaxonomyLoader.loadDefault();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T10:00:00Z"), ZoneOffset.UTC);
    private final SeriesQueryParser parser = new SeriesQueryParser(TAXONOMY, CLOCK, io.themescope.web.QueryLimits.defaults());

    private SeriesQuery parse(List<String> theme, String bucket, String metric, String smooth, String from, String to,
                              List<String> series, List<String> host, List<String> kind) {
        return parser.parse(theme, bucket, metric, smooth, from, to, series, host, kind);
    }

    private List<ApiError> errors(List<String> theme, String bucket, String metric, String smooth, String from,
                                  String to, List<String> series, List<String> host, List<String> kind) {
        try {
            parse(theme, bucket, metric, smooth, from, to, series, host, kind);
        } catch (ApiValidationException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.errors();
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void defaultsAreYearlyMentionCountsUnsmoothedOverAllData() {
        SeriesQuery q = parse(List.of("arms-race"), null, null, null, null, null, null, null, null);

        assertThat(q).isEqualTo(new SeriesQuery(List.of("arms-race"), Bucketing.YEAR, Metric.MENTIONS, 0,
                new Filters(new Period(null, null), List.of(), List.of(), List.of()), LocalDate.of(2025, 3, 15)));
    }

    @Test
    void readsEveryParameter() {
        SeriesQuery q = parse(List.of("unity,arms-race", "unity", " maritime-security "), "quarter", "per10k", "5",
                "2014", "2017-06-30", List.of("ADMM", "ADMM-Plus"), List.of("LA,MY"), List.of("joint-declaration"));

        assertThat(q).isEqualTo(new SeriesQuery(List.of("unity", "arms-race", "maritime-security"), Bucketing.QUARTER,
                Metric.PER10K, 5, new Filters(new Period(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 6, 30)),
                List.of("ADMM", "ADMM-Plus"), List.of("LA", "MY"), List.of("joint-declaration")),
                LocalDate.of(2025, 3, 15)));
    }

    @Test
    void smoothOfZeroOrOneIsOff() {
        assertThat(parse(List.of("unity"), null, null, "0", null, null, null, null, null).smooth()).isZero();
        assertThat(parse(List.of("unity"), null, null, "1", null, null, null, null, null).smooth()).isZero();
        assertThat(parse(List.of("unity"), null, null, " ", null, null, null, null, null).smooth()).isZero();
        assertThat(parse(List.of("unity"), null, null, "25", null, null, null, null, null).smooth()).isEqualTo(25);
    }

    @Test
    void themeIsRequired() {
        ApiError required = new ApiError("theme", "count",
                "theme is required: give between 1 and 12 theme ids, e.g. theme=arms-race.");
        assertThat(errors(null, null, null, null, null, null, null, null, null)).containsExactly(required);
        assertThat(errors(List.of(" , "), null, null, null, null, null, null, null, null)).containsExactly(required);
    }

    @Test
    void unknownThemeListsTheValidIds() {
        assertThat(errors(List.of("arms-race", "piracy"), null, null, null, null, null, null, null, null))
                .containsExactly(new ApiError("theme", "known-theme", ThemeIds.unknown("piracy")));
        assertThat(errors(List.of("Arms-Race"), null, null, null, null, null, null, null, null))
                .containsExactly(new ApiError("theme", "known-theme", ThemeIds.unknown("Arms-Race")));
    }

    @Test
    void atMostTwelveThemes() {
        List<String> twelve = TAXONOMY.ids().subList(0, 12);
        List<String> thirteen = TAXONOMY.ids().subList(0, 13);

        assertThat(parse(twelve, null, null, null, null, null, null, null, null).themes()).isEqualTo(twelve);
        assertThat(errors(thirteen, null, null, null, null, null, null, null, null)).containsExactly(
                new ApiError("theme", "count", "Too many themes: at most 12 per request (themescope.limits.max-series-themes); got 13."));
        // duplicates are one theme
        assertThat(parse(List.of(String.join(",", twelve), "arms-race"), null, null, null, null, null, null, null, null)
                .themes()).hasSize(12);
    }

    @Test
    void fromAfterTo() {
        assertThat(errors(List.of("unity"), null, null, null, "2017", "2015", null, null, null)).containsExactly(
                new ApiError("from", "before-to", "from (2017) must not be after to (2015)."));
    }

    @Test
    void badBucketAndMetric() {
        assertThat(errors(List.of("unity"), "week", null, null, null, null, null, null, null)).containsExactly(
                new ApiError("bucket", "enum", "bucket must be one of year, quarter, month, meeting; got \"week\"."));
        assertThat(errors(List.of("unity"), null, "count", null, null, null, null, null, null)).containsExactly(
                new ApiError("metric", "enum", "metric must be one of mentions, documents, per10k, share; got \"count\"."));
    }

    @Test
    void smoothMustBeAnOddWindow() {
        for (String even : List.of("2", "4", "24")) {
            assertThat(errors(List.of("unity"), null, null, even, null, null, null, null, null)).as(even).containsExactly(
                    new ApiError("smooth", "odd-window", "smooth must be 0 (off) or an odd window of 3 to 25 buckets,"
                            + " centred on each bucket; got " + even + "."));
        }
        assertThat(errors(List.of("unity"), null, null, "27", null, null, null, null, null)).containsExactly(
                new ApiError("smooth", "odd-window", "smooth must be 0 (off) or an odd window of 3 to 25 buckets,"
                        + " centred on each bucket; got 27."));
        assertThat(errors(List.of("unity"), null, null, "-1", null, null, null, null, null)).containsExactly(
                new ApiError("smooth", "odd-window", "smooth must be 0 (off) or an odd window of 3 to 25 buckets,"
                        + " centred on each bucket; got -1."));
        assertThat(errors(List.of("unity"), null, null, "three", null, null, null, null, null)).containsExactly(
                new ApiError("smooth", "integer", "smooth must be a whole number of buckets; got \"three\"."));
    }

    @Test
    void badHostAndKind() {
        assertThat(errors(List.of("unity"), null, null, null, null, null, null, List.of("LA", "Laos"), null))
                .containsExactly(new ApiError("host", "iso-3166-1-alpha-2",
                        "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \"Laos\"."));
        assertThat(errors(List.of("unity"), null, null, null, null, null, null, null, List.of("statement")))
                .containsExactly(new ApiError("kind", "enum", "kind must be one of chairman-statement,"
                        + " joint-declaration, news-report, other, speech; got \"statement\"."));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(errors(List.of("piracy"), "week", "count", "2", "2017", "2015", null, List.of("la"),
                List.of("statement"))).containsExactly(
                new ApiError("theme", "known-theme", ThemeIds.unknown("piracy")),
                new ApiError("bucket", "enum", "bucket must be one of year, quarter, month, meeting; got \"week\"."),
                new ApiError("metric", "enum", "metric must be one of mentions, documents, per10k, share; got \"count\"."),
                new ApiError("smooth", "odd-window", "smooth must be 0 (off) or an odd window of 3 to 25 buckets,"
                        + " centred on each bucket; got 2."),
                new ApiError("from", "before-to", "from (2017) must not be after to (2015)."),
                new ApiError("kind", "enum", "kind must be one of chairman-statement, joint-declaration, news-report,"
                        + " other, speech; got \"statement\"."),
                new ApiError("host", "iso-3166-1-alpha-2",
                        "host must be an ISO 3166-1 alpha-2 code in capitals, like LA or MY; got \"la\"."));
        assertThatThrownBy(() -> parse(null, null, null, null, null, null, null, null, null))
                .hasMessage("theme is required: give between 1 and 12 theme ids, e.g. theme=arms-race.");
    }

    @Test
    void smoothingTakesAsciiDigitsOnly() {
        org.assertj.core.api.Assertions.assertThat(SeriesQueryParser.smoothing(" 3 ")).isEqualTo(3);
        for (String odd : java.util.List.of("\uff13", "+3", "3.0", "99999999999")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeriesQueryParser.smoothing(odd))
                    .as(odd).hasMessage("smooth must be a whole number of buckets; got \"" + odd + "\".");
        }
    }
}
