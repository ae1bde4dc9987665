package io.themescope.clickhouse.engine;

/** A request the embedded HTTP interface refuses, with the HTTP status and ClickHouse error code. */
final class BridgeException extends RuntimeException {

    final int status;
    final int code;

    BridgeException(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
