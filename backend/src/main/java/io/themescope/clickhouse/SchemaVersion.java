package io.themescope.clickhouse;

import java.util.List;

/** Proof that migrations ran: beans that touch tables depend on it. Lists versions applied at start-up. */
public record SchemaVersion(List<Integer> appliedAtStartup) {
}
