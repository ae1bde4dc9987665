package io.themescope.clickhouse.engine;

/**
 * What one statement produced: the bytes in the requested format, or the engine's error text,
 * plus the counters ClickHouse reports in its X-ClickHouse-Summary header.
 */
public record QueryResult(byte[] body, String error, double elapsedSeconds, long rowsRead, long bytesRead,
                          long rowsWritten, long bytesWritten) {

    static QueryResult failure(int code, String message) {
        return new QueryResult(new byte[0], "Code: " + code + ". DB::Exception: " + message, 0, 0, 0, 0, 0);
    }

    public boolean failed() {
        return error != null;
    }

    /** The numeric code in an engine message such as {@code Code: 46. DB::Exception: ...}, or 1000. */
    public int errorCode() {
        if (error == null) {
            return 0;
        }
        int at = error.indexOf("Code: ");
        if (at < 0) {
            return 1000;
        }
        int end = at + 6;
        while (end < error.length() && Character.isDigit(error.charAt(end))) {
            end++;
        }
        return end > at + 6 ? Integer.parseInt(error.substring(at + 6, end)) : 1000;
    }
}
