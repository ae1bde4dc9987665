package io.themescope.clickhouse;

import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * UP only when a real query comes back and its result reads as expected: a pool's isValid() and a
 * ping can both succeed while every real query fails (e.g. a compression mismatch), so this asks
 * for the version, the database and a computed value, and checks the value.
 */
@Component("clickhouse")
final class ClickHouseHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ClickHouseExecutor executor;
    private final ClickHouseEndpoint endpoint;

    ClickHouseHealthIndicator(ClickHouseExecutor executor, ClickHouseEndpoint endpoint) {
        super("ClickHouse health check failed");
        this.executor = executor;
        this.endpoint = endpoint;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return executor.read(dsl -> dsl.select(
                        DSL.function("version", String.class),
                        DSL.function("currentDatabase", String.class),
                        DSL.inline(20).plus(DSL.val(22)))
                .fetchOne())
                .map((Record3<String, String, Integer> r) -> {
                    if (r == null || r.value3() == null || r.value3() != 42) {
                        return builder.down().withDetail("error", "the check query returned an unexpected result").build();
                    }
                    builder.up()
                            .withDetail("mode", endpoint.mode().name().toLowerCase(java.util.Locale.ROOT))
                            .withDetail("engineVersion", r.value1())
                            .withDetail("database", r.value2());
                    if (endpoint.dataDirectory() != null) {
                        builder.withDetail("dataDirectory", endpoint.dataDirectory());
                    }
                    return builder.build();
                });
    }
}
