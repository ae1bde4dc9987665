package io.themescope.web;

import java.util.List;

/**
 * A request that breaks one or more rules. Validation collects every broken rule before throwing,
 * so a client fixes its request in one round trip; the handler renders them as problem+json.
 */
public class ApiValidationException extends RuntimeException {

    private final int status;
    private final List<ApiError> errors;

    public ApiValidationException(List<ApiError> errors) {
        this(400, errors);
    }

    public ApiValidationException(int status, List<ApiError> errors) {
        super(summary(errors));
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiValidationException of(String field, String rule, String message) {
        return new ApiValidationException(List.of(new ApiError(field, rule, message)));
    }

    public int status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }

    private static String summary(List<ApiError> errors) {
        if (errors.size() == 1) {
            return errors.getFirst().message();
        }
        return errors.size() + " problems: " + String.join(" ", errors.stream().map(ApiError::message).toList());
    }
}
