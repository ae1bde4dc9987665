package io.themescope.clickhouse.engine;

/**
 * A failure of the embedded engine itself (library missing, connect failed, lock held), as
 * opposed to a failed query, which is reported as a {@link QueryResult} carrying the engine's error.
 */
public class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
