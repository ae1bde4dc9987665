package io.themescope.dashboards;

import java.util.List;

/**
 * Thrown at start-up when any dashboard definition is broken. Carries every problem found, each
 * naming its file and field, so one restart is enough to see all that needs fixing.
 */
final class InvalidDashboardsException extends RuntimeException {

    private final List<String> problems;

    InvalidDashboardsException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
