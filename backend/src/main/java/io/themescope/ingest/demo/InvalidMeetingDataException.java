package io.themescope.ingest.demo;

/**
 * Thrown when the bundled meeting facts cannot be read or break a rule. The message names the entry
 * and field so whoever edits the resource can fix it without a debugger.
 */
public class InvalidMeetingDataException extends RuntimeException {

    public InvalidMeetingDataException(String message) {
        super(message);
    }

    public InvalidMeetingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
