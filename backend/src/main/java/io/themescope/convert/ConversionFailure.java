package io.themescope.convert;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;

import java.util.List;

/**
 * Why a file could not become text, as the problem answer the client gets: 400 for bytes that are
 * broken, 413 for bounds, 415 for a type mismatch, 422 for a well-formed file we cannot read (a scan,
 * a password). All on the field {@code file}.
 */
final class ConversionFailure {

    private ConversionFailure() {
    }

    static ApiValidationException of(int status, String rule, String message) {
        return new ApiValidationException(status, List.of(new ApiError("file", rule, message)));
    }
}
