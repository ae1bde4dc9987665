package io.themescope.clickhouse;

import io.themescope.clickhouse.engine.EngineException;
import io.themescope.clickhouse.migrate.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns engine and migration failures at start-up into Spring Boot's short "APPLICATION FAILED TO
 * START" report, so the user reads the cause and the fix instead of a page of bean-creation chains.
 */
final class EngineFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
        for (Throwable t = rootFailure; t != null; t = t.getCause()) {
            if (t instanceof EngineException e) {
                return new FailureAnalysis("The embedded ClickHouse engine could not start: " + e.getMessage(),
                        "Fix the cause above, or run against a ClickHouse server with"
                                + " THEMESCOPE_CLICKHOUSE_MODE=server and THEMESCOPE_CLICKHOUSE_URL.", e);
            }
            if (t instanceof MigrationException e) {
                return new FailureAnalysis("The ClickHouse schema could not be migrated: " + e.getMessage(),
                        "Migrations in sql/ are forward-only; see the README's section on migrations.", e);
            }
        }
        return null;
    }
}
