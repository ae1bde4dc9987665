package io.themescope.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * ThemeScope's own meters, named in one place so the Grafana "ThemeScope operations" dashboard and
 * the code agree: what was ingested, how long ingest and reindex took, what was refused and why, and
 * each analytics endpoint's total and ClickHouse time. Spring's HTTP and JVM meters come on top.
 */
@Component
public final class OpsMetrics {

    public static final String ENGINE_SESSION_WAIT = "themescope.engine.session.wait";

    private final MeterRegistry registry;

    OpsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One ingest call (a document, a bulk upload, an import): what it stored and how long it took. */
    public void ingested(String format, long documents, long mentions, long bytes, Duration took) {
        Counter.builder("themescope.ingest.documents").description("documents stored (duplicates not counted)")
                .tag("format", format).register(registry).increment(documents);
        Counter.builder("themescope.ingest.mentions").description("theme mentions stored")
                .tag("format", format).register(registry).increment(mentions);
        Counter.builder("themescope.ingest.bytes").baseUnit("bytes").description("UTF-8 bytes of stored document text")
                .tag("format", format).register(registry).increment(bytes);
        Timer.builder("themescope.ingest.duration").description("one ingest call, from first line to last batch")
                .tag("format", format).register(registry).record(took);
    }

    public void reindexed(Duration took) {
        Timer.builder("themescope.reindex.duration").register(registry).record(took);
    }

    /** An input refused by a validation rule (one count per error), from an ingest line or a request. */
    public void rejected(String rule) {
        Counter.builder("themescope.rejected").description("inputs refused, by the rule they broke")
                .tag("rule", rule == null ? "unknown" : rule).register(registry).increment();
    }

    public void rateLimited(String budget) {
        Counter.builder("themescope.rate_limit.refusals").tag("budget", budget).register(registry).increment();
    }

    /** An analytics GET: its whole time and the ClickHouse share of it (Server-Timing's db part). */
    public void analyticsRequest(String endpoint, int status, long totalNanos, double dbMillis) {
        String s = Integer.toString(status);
        Timer.builder("themescope.analytics.requests").description("analytics requests by endpoint")
                .tag("endpoint", endpoint).tag("status", s).register(registry).record(Duration.ofNanos(totalNanos));
        Timer.builder("themescope.analytics.db").description("ClickHouse time of analytics requests (Server-Timing db)")
                .tag("endpoint", endpoint).tag("status", s).register(registry)
                .record(Duration.ofNanos((long) (dbMillis * 1_000_000)));
    }

    /** UTF-8 length without encoding the text. */
    public static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
