package io.themescope.security;

/** Start-up refusal for an access setting that is malformed or unsafe; the failure analyzer prints it. */
final class AccessConfigurationException extends RuntimeException {

    AccessConfigurationException(String message) {
        super(message);
    }
}
