package io.themescope.web;

import java.util.List;

/**
 * A request that breaks one or more rules. Validation collects every broken rule before throwing,
 * so a client fixes its request in one round trip; the handler renders them as problem+json.
 */
public class ApiValidationException extends RuntimeException {

    public static final int MAX_LISTED = 20;

    private final int status;
    private final List<ApiError> errors;

    public ApiValidationException(List<ApiError> errors) {
        this(400, errors);
    }

    public ApiValidationException(int status, List<ApiError> errors) {
        super(summary(capped(errors)));
        this.status = status;
        this.errors = capped(errors);
    }

    /** At most {@link #MAX_LISTED} errors are listed: a hostile request must not buy a huge answer. */
    public static List<ApiError> capped(List<ApiError> errors) {
        if (errors.size() <= MAX_LISTED) {
            return List.copyOf(errors);
        }
        List<ApiError> out = new java.util.ArrayList<>(errors.subList(0, MAX_LISTED));
        out.add(new ApiError("request", "too-many-errors", (errors.size() - MAX_LISTED)
                + " more problems were found and not listed."));
        return List.copyOf(out);
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
