package io.themescope.web;

/** One broken rule of a request: the field (or parameter) it concerns, the rule's name, and a sentence. */
public record ApiError(String field, String rule, String message) {

    /** Longest part of a rejected value echoed in a message: a hostile value must not buy a huge answer. */
    public static final int MAX_QUOTED = 60;

    /** A rejected value in quotes, cut to {@link #MAX_QUOTED} characters with its length when longer. */
    public static String quoted(String value) {
        if (value.length() <= MAX_QUOTED) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, MAX_QUOTED) + "…' (" + value.length() + " characters)";
    }
}
