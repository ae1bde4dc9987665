package io.themescope.clickhouse;

import java.sql.SQLException;

/**
 * A database failure in terms the API can answer: a query that ran out of time or rows is the
 * caller's to narrow (with the limit named), an unreachable engine is a 503, anything else a 500.
 * The ClickHouse error code is kept so nothing is lost for the logs.
 */
public final class StorageException extends RuntimeException {

    public enum Kind { TIMEOUT, TOO_MANY_ROWS, UNAVAILABLE, FAILED }

    private final Kind kind;
    private final int code;

    StorageException(Kind kind, int code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
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
            default -> isConnectionFailure(error) ? Kind.UNAVAILABLE : Kind.FAILED;
        };
        if (!(error instanceof SQLException) && !(error instanceof org.jooq.exception.DataAccessException)
                && kind == Kind.FAILED && !(error.getCause() instanceof SQLException)) {
            return error;
        }
        return new StorageException(kind, code, message, error);
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
