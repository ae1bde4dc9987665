package io.themescope.dashboards;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows broken dashboard definitions as Spring Boot's short start-up failure report: the problems,
 * one per line, and what to do, instead of a chain of bean-creation exceptions.
 */
final class DashboardsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDashboardsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDashboardsException cause) {
        return new FailureAnalysis("Dashboard definitions are invalid:" + System.lineSeparator()
                + String.join(System.lineSeparator(), cause.problems()),
                "Fix the files and fields named above (see the README's Dashboards section), or remove the file.",
                cause);
    }
}
