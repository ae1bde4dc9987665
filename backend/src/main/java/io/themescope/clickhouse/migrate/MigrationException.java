package io.themescope.clickhouse.migrate;

/** A migration problem that must stop start-up: the message says which file and what to do. */
public class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
