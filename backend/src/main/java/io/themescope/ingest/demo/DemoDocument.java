package io.themescope.ingest.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One synthetic document about a real meeting, shaped like what the importer stores for real ones so
 * the demo exercises the same path. The title and the first line of the text say it is synthetic;
 * {@code sourceUrl} is always null because nothing was published.
 */
public record DemoDocument(
        MeetingFact meeting,
        String kind,
        String title,
        LocalDate publishedOn,
        String sourceUrl,
        String language,
        String text) {

    public static final String JOINT_DECLARATION = "joint-declaration";
    public static final String CHAIRMAN_STATEMENT = "chairman-statement";
    public static final String NEWS_REPORT = "news-report";
    public static final String SPEECH = "speech";
    public static final String OTHER = "other";

    public static final Set<String> KINDS = Set.of(JOINT_DECLARATION, CHAIRMAN_STATEMENT, NEWS_REPORT, SPEECH, OTHER);

    public DemoDocument {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown document kind '" + kind + "'");
        }
    }
}
