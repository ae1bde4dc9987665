package io.themescope.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The planned theme counts drift the way the regional record does, strongly enough to show on a
 * chart: COVID-19 spikes, rivalry and arms-race talk rise late, terrorism fades, disasters echo, and
 * hosts and mottos leave their mark.
 */
class DemoDriftTest {

    private static final List<PlannedDocument> CORPUS = DemoCorpus.plan(MeetingFacts.load());

    @Test
    void pandemicSpikesIn2020To2022() {
        double spike = mean("pandemic-and-health", years(2020, 2022));
        double before = mean("pandemic-and-health", years(2006, 2019));
        assertThat(spike).isGreaterThan(1.5).isGreaterThan(5 * before);
        assertThat(spike).isGreaterThan(2 * mean("pandemic-and-health", years(2023, 2025)));
    }

    @Test
    void rivalryGeopoliticsAndArmsRaceRiseFrom2017() {
        for (String theme : List.of("major-power-rivalry", "geopolitical-shifts", "arms-race")) {
            double late = mean(theme, years(2019, 2025));
            double early = mean(theme, years(2006, 2016));
            assertThat(late).as(theme).isGreaterThan(3 * early).isGreaterThan(0.4);
        }
    }

    @Test
    void terrorismAndCrimeWeighMoreEarly() {
        for (String theme : List.of("terrorism", "transnational-crime")) {
            assertThat(mean(theme, years(2006, 2012))).as(theme).isGreaterThan(1.5 * mean(theme, years(2019, 2025)));
        }
    }

    @Test
    void maritimeThemesRiseFrom2010() {
        assertThat(mean("south-china-sea", years(2014, 2023))).isGreaterThan(4 * mean("south-china-sea", years(2006, 2009)));
        assertThat(mean("maritime-security", years(2014, 2023))).isGreaterThan(1.5 * mean("maritime-security", years(2006, 2011)));
    }

    @Test
    void cyberClimateAndResilienceRiseLate() {
        assertThat(mean("cybersecurity", years(2016, 2025))).isGreaterThan(3 * mean("cybersecurity", years(2006, 2012)));
        assertThat(mean("climate-change", years(2018, 2025))).isGreaterThan(2.5 * mean("climate-change", years(2006, 2014)));
        assertThat(mean("resilience", years(2019, 2025))).isGreaterThan(2.5 * mean("resilience", years(2006, 2017)));
    }

    @Test
    void disastersEchoAfterNargisAndHaiyan() {
        Predicate<PlannedDocument> afterDisaster = p -> ContextEvents.factor(DemoTheme.NATURAL_DISASTERS, p.document().meeting().date()) > 1.5;
        assertThat(mean("natural-disasters", afterDisaster)).isGreaterThan(1.4 * mean("natural-disasters", afterDisaster.negate()));
        assertThat(CORPUS).anyMatch(p -> p.document().text().contains("Cyclone Nargis"));
        assertThat(CORPUS).anyMatch(p -> p.document().text().contains("Typhoon Haiyan"));
        assertThat(CORPUS).filteredOn(p -> p.document().text().contains("Typhoon Haiyan"))
                .allSatisfy(p -> assertThat(p.document().meeting().date()).isAfter(java.time.LocalDate.of(2013, 11, 8)));
    }

    @Test
    void unityPeaksUnderUnityMottos() {
        Predicate<PlannedDocument> unityMotto = p -> {
            String motto = p.document().meeting().motto();
            return motto != null && motto.matches("(?i).*(unity|solidarity).*");
        };
        assertThat(mean("unity", unityMotto)).isGreaterThan(2 * mean("unity", unityMotto.negate()));
    }

    @Test
    void steadyThemesStaySteady() {
        for (String theme : List.of("defence-cooperation", "hadr", "asean-centrality")) {
            double early = mean(theme, years(2006, 2015));
            double late = mean(theme, years(2016, 2025));
            assertThat(late / early).as(theme).isBetween(0.5, 2.0);
        }
    }

    @Test
    void claimantHostsStressTheSouthChinaSeaInTheModel() {
        MeetingFact hanoi = meeting("VN");
        MeetingFact phnomPenh = meeting("KH");
        assertThat(ThemeDrift.expectedMentions(DemoTheme.SOUTH_CHINA_SEA, hanoi, DemoDocument.JOINT_DECLARATION))
                .isGreaterThan(2 * ThemeDrift.expectedMentions(DemoTheme.SOUTH_CHINA_SEA, phnomPenh, DemoDocument.JOINT_DECLARATION));
    }

    private static MeetingFact meeting(String host) {
        return new MeetingFact(MeetingFact.ADMM, 99, 2016, java.time.LocalDate.of(2016, 5, 1), DatePrecision.DAY, host,
                "Somewhere", false, null, List.of("https://example.org"));
    }

    private static Predicate<PlannedDocument> years(int from, int to) {
        return p -> p.document().meeting().year() >= from && p.document().meeting().year() <= to;
    }

    private static double mean(String theme, Predicate<PlannedDocument> which) {
        return CORPUS.stream().filter(which).mapToInt(p -> p.intended(theme)).average().orElseThrow();
    }
}
