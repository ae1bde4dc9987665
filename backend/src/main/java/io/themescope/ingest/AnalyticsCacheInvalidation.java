package io.themescope.ingest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces that stored data changed (ingest, reindex), so anything that caches analytics answers
 * can drop them. An event keeps ingest ignorant of who caches what.
 */
@Component
public final class AnalyticsCacheInvalidation {

    /** Published after every write that can change an analytics answer. */
    public record DataChanged() {
    }

    private final ApplicationEventPublisher events;

    AnalyticsCacheInvalidation(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed() {
        events.publishEvent(new DataChanged());
    }
}
