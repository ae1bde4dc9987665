package io.themescope.themes;

/** A taxonomy file that cannot be used; the message names the file, the theme and the field. */
public class TaxonomyException extends RuntimeException {

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
