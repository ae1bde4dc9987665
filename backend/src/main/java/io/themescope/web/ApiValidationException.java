package io.themescope.web;

import java.util.List;

/**
 * A request that breaks one or more rules. Validation collects every broken rule before throwing,
 * so a client fixes its request in one round trip; the handler renders them as problem+json. Every
 * error is kept so stages can merge theirs; only the answer is cut to {@link #MAX_LISTED}.
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
        this.errors = List.copyOf(errors);
    }

    /** At most {@link #MAX_LISTED} errors are listed: a hostile request must not buy a huge answer. */
    public static List<ApiError> capped(List<ApiError> errors) {
        if (errors.size() <= MAX_LISTED) {
            return List.copyOf(errors);
        }
        List<ApiError> out = new java.util.ArrayList<>(errors.subList(0, MAX_LISTED));
        int more = errors.size() - MAX_LISTED;
        out.add(new ApiError("request", "too-many-errors", more == 1
                ? "1 more problem was found and not listed."
                : more + " more problems were found and not listed."));
        return List.copyOf(out);
    }

    public static ApiValidationException of(String field, String rule, String message) {
        return new ApiValidationException(List.of(new ApiError(field, rule, message)));
    }

    public int status() {
        return status;
    }

    /** Every broken rule, for a stage that merges them with its own. */
    public List<ApiError> errors() {
        return errors;
    }

    /** What the answer lists: the first {@link #MAX_LISTED} and a count of the rest. */
    public List<ApiError> listed() {
        return capped(errors);
    }

    private static String summary(List<ApiError> errors) {
        if (errors.size() == 1) {
            return errors.getFirst().message();
        }
        return errors.size() + " problems: " + String.join(" ", errors.stream().map(ApiError::message).toList());
    }
}
