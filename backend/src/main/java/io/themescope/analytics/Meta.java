package io.themescope.analytics;

import java.util.List;

/** Carried by every analytics response: what the reader should know, whether synthetic data is in it, which taxonomy. */
public record Meta(List<String> warnings, boolean synthetic, String taxonomyVersion) {
}
