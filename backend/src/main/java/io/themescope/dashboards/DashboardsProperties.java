package io.themescope.dashboards;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** {@code themescope.dashboards.dir}: an optional directory of the user's own definitions, added to the built-in ones. */
@ConfigurationProperties("themescope.dashboards")
record DashboardsProperties(Path dir) {
}
