package io.themescope.clickhouse.engine;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One HTTP request to the embedded ClickHouse interface, decoded the way ClickHouse's own HTTP
 * handler reads it: SQL from the {@code query} parameter followed by the body, format and database
 * from headers or parameters, {@code param_*} bindings, and the remaining parameters as settings.
 * Anything this interface does not implement is rejected here with ClickHouse's error codes.
 */
record BridgeRequest(byte[] sql, String format, String database, Map<String, String> params,
                     Map<String, String> settings, boolean readOnly, String queryId) {

    static final String DEFAULT_FORMAT = "TabSeparated";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Parameters the driver sends that carry no meaning for an in-process engine. */
    private static final Set<String> IGNORED = Set.of("wait_end_of_query", "user", "password",
            "send_progress_in_http_headers", "http_headers_progress_interval_ms", "cancel_http_readonly_queries_on_client_close",
            "client_protocol_version");

    static BridgeRequest parse(String method, String rawQuery, Map<String, String> headers, byte[] body) {
        Map<String, String> query = decodeQuery(rawQuery);
        String sqlParam = query.remove("query");
        // as in ClickHouse, the headers win over the database and default_format parameters
        String database = firstNonBlank(headers.get("x-clickhouse-database"), query.remove("database"));
        String format = firstNonBlank(headers.get("x-clickhouse-format"), query.remove("default_format"));
        String queryId = firstNonBlank(query.remove("query_id"), headers.get("x-clickhouse-query-id"));
        requireOff(query.remove("compress"), "compress",
                "compressed responses are not supported by the embedded engine; connect with compress=false");
        requireOff(query.remove("decompress"), "decompress",
                "compressed request bodies are not supported by the embedded engine; send plain bodies");
        requireOff(query.remove("enable_http_compression"), "enable_http_compression",
                "HTTP response compression is not supported by the embedded engine");
        if (query.containsKey("session_id") || query.containsKey("session_check") || query.containsKey("session_timeout")) {
            throw new BridgeException(400, 115, "sessions (session_id) are not supported by the embedded engine;"
                    + " every request is independent");
        }
        String readonly = query.remove("readonly");
        boolean readOnly = "GET".equals(method) || (readonly != null && !readonly.equals("0"));

        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : query.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("param_")) {
                String p = name.substring("param_".length());
                if (!IDENTIFIER.matcher(p).matches()) {
                    throw new BridgeException(400, 456, "bad query parameter name: " + name);
                }
                params.put(p, e.getValue());
            } else if (IGNORED.contains(name)) {
                continue;
            } else if (IDENTIFIER.matcher(name).matches()) {
                settings.put(name, e.getValue());
            } else {
                throw new BridgeException(400, 115, "unknown URL parameter: " + name);
            }
        }

        byte[] sql = joinSql(sqlParam, body);
        if (sql.length == 0 || isBlank(sql)) {
            throw new BridgeException(400, 62, "Empty query");
        }
        return new BridgeRequest(sql, format == null ? DEFAULT_FORMAT : format, database, params, settings,
                readOnly, queryId);
    }

    private static byte[] joinSql(String sqlParam, byte[] body) {
        if (sqlParam == null) {
            return body;
        }
        byte[] head = sqlParam.getBytes(StandardCharsets.UTF_8);
        if (body.length == 0) {
            return head;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 1 + body.length);
        out.writeBytes(head);
        out.write('\n');
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static boolean isBlank(byte[] sql) {
        for (byte b : sql) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static void requireOff(String value, String name, String message) {
        if (value != null && !value.equals("0") && !value.equalsIgnoreCase("false")) {
            throw new BridgeException(400, 1, message + " (" + name + "=" + value + ")");
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    static Map<String, String> decodeQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.put(name, value);
            } catch (IllegalArgumentException e) {
                throw new BridgeException(400, 1, "cannot decode the URL parameter " + pair
                        + "; escape bytes as %XX with two hex digits");
            }
        }
        return out;
    }
}
