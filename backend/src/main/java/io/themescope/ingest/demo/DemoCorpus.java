package io.themescope.ingest.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the synthetic demo corpus over the real meetings so a fresh installation has dashboards
 * worth looking at. Everything derives from a fixed seed and the meeting facts, never from the clock
 * or hash ordering, so every run on every machine yields the same documents and the same planned
 * theme counts.
 */
public final class DemoCorpus {

    /** Base seed of the corpus; changing it changes every document. */
    public static final long SEED = 0x5EED_AD33_2006_2025L;

    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 1200;
    private static final int MAX_MENTIONS_PER_THEME = 5;
    private static final double SPEECH_CHANCE = 0.45;
    private static final double SECOND_NEWS_CHANCE = 0.5;

    private DemoCorpus() {
    }

    /** The demo documents for the given meetings, in meeting order. */
    public static List<DemoDocument> generate(List<MeetingFact> meetings) {
        return plan(meetings).stream().map(PlannedDocument::document).toList();
    }

    /** The demo documents with, for each, the number of mentions deliberately written per theme id. */
    public static List<PlannedDocument> plan(List<MeetingFact> meetings) {
        List<PlannedDocument> documents = new ArrayList<>();
        for (MeetingFact meeting : meetings) {
            DemoRandom random = new DemoRandom(DemoRandom.seed(SEED, key(meeting)));
            documents.add(document(meeting, meeting.isPlus() ? DemoDocument.CHAIRMAN_STATEMENT : DemoDocument.JOINT_DECLARATION, 0));
            int newsReports = random.chance(SECOND_NEWS_CHANCE) ? 2 : 1;
            for (int i = 0; i < newsReports; i++) {
                documents.add(document(meeting, DemoDocument.NEWS_REPORT, i));
            }
            if (random.chance(SPEECH_CHANCE)) {
                documents.add(document(meeting, DemoDocument.SPEECH, 0));
            }
        }
        return List.copyOf(documents);
    }

    /** The meeting date; a news report appears the day after, when the day is known. */
    static LocalDate publishedOn(MeetingFact meeting, String kind) {
        boolean nextDay = kind.equals(DemoDocument.NEWS_REPORT) && meeting.precision() == DatePrecision.DAY;
        return nextDay ? meeting.date().plusDays(1) : meeting.date();
    }

    private static PlannedDocument document(MeetingFact meeting, String kind, int index) {
        DemoRandom random = new DemoRandom(DemoRandom.seed(SEED, key(meeting) + "|" + kind + "|" + index));
        Map<DemoTheme, Integer> wanted = new EnumMap<>(DemoTheme.class);
        for (DemoTheme theme : DemoTheme.values()) {
            int count = Math.min(MAX_MENTIONS_PER_THEME, random.poisson(ThemeDrift.expectedMentions(theme, meeting, kind)));
            if (count > 0) {
                wanted.put(theme, count);
            }
        }
        List<MentionTemplates.Template> mentions = new ArrayList<>(MentionTemplates.choose(wanted, meeting.year(), random));
        DocumentWriter writer = new DocumentWriter(kind, meeting, index, random);
        int room = MAX_WORDS - 40 - writer.frameWords();
        while (mentionWords(mentions) > room) {
            mentions.remove(random.nextInt(mentions.size()));
        }
        int[] range = targetRange(kind);
        int target = Math.max(MIN_WORDS + 20, random.between(range[0], range[1]));
        String text = writer.write(mentions, target);
        int words = DocumentWriter.words(text);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new IllegalStateException("demo " + kind + " for " + key(meeting) + " has " + words + " words");
        }
        DemoDocument doc = new DemoDocument(meeting, kind, title(meeting, kind, index), publishedOn(meeting, kind),
                null, "en", text);
        return new PlannedDocument(doc, intended(mentions, meeting.motto()));
    }

    private static Map<String, Integer> intended(List<MentionTemplates.Template> mentions, String motto) {
        Map<DemoTheme, Integer> counts = new EnumMap<>(DemoTheme.class);
        for (MentionTemplates.Template t : mentions) {
            for (DemoTheme theme : t.themes()) {
                counts.merge(theme, 1, Integer::sum);
            }
        }
        if (motto != null) {
            DemoTheme.countMentions(motto).forEach((theme, n) -> counts.merge(theme, n, Integer::sum));
        }
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (DemoTheme theme : DemoTheme.values()) {
            byId.put(theme.id(), counts.getOrDefault(theme, 0));
        }
        return byId;
    }

    private static int mentionWords(List<MentionTemplates.Template> mentions) {
        int words = 0;
        for (MentionTemplates.Template t : mentions) {
            words += DocumentWriter.words(t.plain()) + (t.isClause() ? 4 : 0);
        }
        return words;
    }

    private static int[] targetRange(String kind) {
        return switch (kind) {
            case DemoDocument.JOINT_DECLARATION -> new int[] {550, 950};
            case DemoDocument.CHAIRMAN_STATEMENT -> new int[] {550, 1000};
            case DemoDocument.NEWS_REPORT -> new int[] {320, 650};
            case DemoDocument.SPEECH -> new int[] {420, 800};
            default -> throw new IllegalArgumentException("no length for kind " + kind);
        };
    }

    private static String title(MeetingFact meeting, String kind, int index) {
        String label = MeetingWords.label(meeting);
        String title = switch (kind) {
            case DemoDocument.JOINT_DECLARATION -> "Joint Declaration of the " + label;
            case DemoDocument.CHAIRMAN_STATEMENT -> "Chairman's Statement of the " + label;
            case DemoDocument.NEWS_REPORT -> index == 0
                    ? "ASEAN defence ministers meet " + MeetingWords.venueShort(meeting) + " for " + label
                    : label + " wraps up with pledge to keep talking";
            case DemoDocument.SPEECH -> "Opening remarks by the Chair of the " + label;
            default -> throw new IllegalArgumentException("no title for kind " + kind);
        };
        return title + " (synthetic demo text)";
    }

    private static String key(MeetingFact meeting) {
        return meeting.series() + "|" + meeting.number() + "|" + meeting.year();
    }
}
