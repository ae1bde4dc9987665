package io.themescope.web;

/** One broken rule of a request: the field (or parameter) it concerns, the rule's name, and a sentence. */
public record ApiError(String field, String rule, String message) {
}
