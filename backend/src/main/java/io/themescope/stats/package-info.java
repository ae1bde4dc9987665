/**
 * Statistics behind the trend, comparison and co-occurrence views.
 *
 * <p>Conventions shared by every class here: results are immutable records meant to be serialized
 * as JSON, so no {@code NaN} or infinite value ever leaves this package; a quantity that is not
 * defined for the given data is {@code null} (boxed field) and the class comment says when. Inputs
 * containing {@code NaN}, infinities or impossible counts are rejected with
 * {@link java.lang.IllegalArgumentException}. Nothing here depends on Spring.
 */
package io.themescope.stats;
