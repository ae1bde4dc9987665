package io.themescope.web;

import org.slf4j.MDC;
import reactor.util.context.ContextView;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One id per request, so a log line, an ingest summary and the client's copy of the response can be
 * matched up. A caller's own {@code X-Request-Id} is kept when it is short and plain; anything else
 * is replaced, so no log field carries arbitrary client text. Logging code asks for it here.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, which structured logs (ECS, Logstash) carry as a field of its own. */
    public static final String MDC_KEY = "requestId";
    static final Object CONTEXT_KEY = RequestIds.class;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String acceptOrCreate(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** Runs {@code log} with the request's id in the MDC (when the context has one). */
    public static void withId(ContextView context, Runnable log) {
        String id = context.getOrDefault(CONTEXT_KEY, null);
        if (id == null) {
            log.run();
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            log.run();
        }
    }
}
