package io.themescope.compare;

import io.themescope.analytics.Filters;

import java.util.List;

/** One host-comparison request, validated: themes (all when none were named), filters and the sort order. */
public record HostsQuery(List<String> themes, boolean allThemes, Filters filters, HostSort sort) {
}
