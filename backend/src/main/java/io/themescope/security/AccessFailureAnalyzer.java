package io.themescope.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an access-setting refusal as the short start-up report instead of a bean-creation chain. */
final class AccessFailureAnalyzer extends AbstractFailureAnalyzer<AccessConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccessConfigurationException cause) {
        return new FailureAnalysis("Access settings refused: " + cause.getMessage(),
                "See the README's section on access and limits.", cause);
    }
}
