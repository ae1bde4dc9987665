package io.themescope.clickhouse;

import java.sql.SQLException;

/**
 * A database failure in terms the API can answer: a query that ran out of time or rows is the
 * caller's to narrow (with the limit named), an unreachable engine is a 503, anything else a 500.
 * The ClickHouse error code is kept so nothing is lost for the logs.
 */
public final class StorageException extends RuntimeException {

    public enum Kind { TIMEOUT, TOO_MANY_ROWS, UNAVAILABLE, NO_SPACE, FAILED }

    private final Kind kind;
    private final int code;
    private final String detail;

    StorageException(Kind kind, int code, String message, Throwable cause) {
        this(kind, code, message, cause, null);
    }

    private StorageException(Kind kind, int code, String message, Throwable cause, String detail) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.detail = detail;
    }

    /** The same failure with a sentence for the client (e.g. how much of a bulk upload was stored). */
    public StorageException withDetail(String detail) {
        return new StorageException(kind, code, getMessage(), getCause(), detail);
    }

    /** A sentence for the client beyond what the kind says, or null. */
    public String detail() {
        return detail;
    }

    public Kind kind() {
        return kind;
    }

    public int code() {
        return code;
    }

    static Throwable translate(Throwable error) {
        if (error instanceof StorageException) {
            return error;
        }
        String message = deepestMessage(error);
        int code = clickHouseCode(message);
        Kind kind = switch (code) {
            case 159, 160 -> Kind.TIMEOUT;
            case 396, 158 -> Kind.TOO_MANY_ROWS;
            case 243 -> Kind.NO_SPACE; // NOT_ENOUGH_SPACE: a reservation on the disk failed
            default -> noSpace(message) ? Kind.NO_SPACE : isConnectionFailure(error) ? Kind.UNAVAILABLE : Kind.FAILED;
        };
        if (!(error instanceof SQLException) && !(error instanceof org.jooq.exception.DataAccessException)
                && kind == Kind.FAILED && !(error.getCause() instanceof SQLException)) {
            return error;
        }
        return new StorageException(kind, code, message, error);
    }

    /** ENOSPC as ClickHouse reports it from a write ("errno: 28, strerror: No space left on device"). */
    static boolean noSpace(String message) {
        return message != null && (message.contains("No space left on device") || message.contains("errno: 28,")
                || message.contains("NOT_ENOUGH_SPACE"));
    }

    private static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Code: ")) {
                message = t.getMessage();
            }
        }
        return message == null ? error.getClass().getSimpleName() : message;
    }

    static int clickHouseCode(String message) {
        if (message == null) {
            return 0;
        }
        int at = message.indexOf("Code: ");
        if (at < 0) {
            return 0;
        }
        int i = at + 6;
        int start = i;
        while (i < message.length() && Character.isDigit(message.charAt(i))) {
            i++;
        }
        return i > start ? Integer.parseInt(message.substring(start, i)) : 0;
    }
}
