package io.themescope.clickhouse.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * ClickHouse's HTTP interface on 127.0.0.1 and an ephemeral port, in front of the embedded engine,
 * so the official JDBC driver and jOOQ work unchanged in both modes. It covers what the driver sends
 * (POST with SQL body, format/database headers, query_id, settings as parameters), GET queries
 * (read-only), {@code param_*} bindings and {@code /ping}; it refuses the rest with ClickHouse's
 * error shape. A per-process random password keeps other local users off the port.
 */
public final class ClickHouseHttpBridge {

    private static final Logger LOG = Logger.getLogger(ClickHouseHttpBridge.class.getName());
    public static final String USER = "default";

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmbeddedEngine engine;
    private final String password;

    private ClickHouseHttpBridge(EmbeddedEngine engine) throws IOException {
        this.engine = engine;
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.password = HexFormat.of().formatHex(secret);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newFixedThreadPool(8, Thread.ofPlatform().name("ch-bridge-", 0).daemon(true).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static ClickHouseHttpBridge start(EmbeddedEngine engine) {
        try {
            return new ClickHouseHttpBridge(engine);
        } catch (IOException e) {
            throw new EngineException("cannot open the loopback HTTP interface: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String password() {
        return password;
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // closed only after the catch blocks below have sent their reply: a try-with-resources on the
        // exchange itself would close it before a refusal is written, and the client would read nothing
        try (exchange) {
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String queryId = UUID.randomUUID().toString();
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/ping") && (method.equals("GET") || method.equals("HEAD"))) {
                reply(exchange, 200, "text/html; charset=UTF-8", "Ok.\n".getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            if (!path.equals("/")) {
                throw new BridgeException(404, 1, "there is no handler for " + path
                        + " in the embedded ClickHouse interface; use / or /ping");
            }
            if (!method.equals("GET") && !method.equals("POST")) {
                throw new BridgeException(405, 1, "HTTP method " + method + " is not supported; use GET or POST");
            }
            Map<String, String> headers = lowerCaseHeaders(exchange);
            authenticate(headers);
            byte[] body = readBody(exchange, headers);
            String rawQuery = exchange.getRequestURI().getRawQuery();
            if (method.equals("GET") && (rawQuery == null || !BridgeRequest.decodeQuery(rawQuery).containsKey("query"))) {
                reply(exchange, 200, "text/html; charset=UTF-8", "Ok.\n".getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(method + " " + exchange.getRequestURI() + " headers=" + headers.keySet() + " body="
                        + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
            }
            BridgeRequest request = BridgeRequest.parse(method, rawQuery, headers, body);
            if (request.queryId() != null) {
                queryId = request.queryId();
            }
            LeadingKeyword.refuseSessionStatements(request.sql());
            QueryResult result = engine.execute(new Statement(request.sql(), request.format(), request.database(),
                    request.params(), request.settings(), request.readOnly()));
            Map<String, String> extra = new HashMap<>();
            extra.put("X-ClickHouse-Query-Id", queryId);
            if (result.failed()) {
                extra.put("X-ClickHouse-Exception-Code", Integer.toString(result.errorCode()));
                reply(exchange, statusFor(result.errorCode()), "text/plain; charset=UTF-8",
                        (result.error().strip() + "\n").getBytes(StandardCharsets.UTF_8), extra);
                return;
            }
            String format = FormatClause.outputFormat(request.sql(), request.format());
            extra.put("X-ClickHouse-Format", format);
            extra.put("X-ClickHouse-Summary", summary(result));
            reply(exchange, 200, contentType(format), result.body(), extra);
        } catch (BridgeException e) {
            refuse(exchange, e.status, e.code, e.getMessage(), queryId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "embedded ClickHouse request failed", e);
            refuse(exchange, 500, 1000, String.valueOf(e.getMessage()), queryId);
        }
    }

    private void authenticate(Map<String, String> headers) {
        String user = headers.get("x-clickhouse-user");
        String key = headers.get("x-clickhouse-key");
        String auth = headers.get("authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            key = colon < 0 ? null : decoded.substring(colon + 1);
        }
        boolean ok = USER.equals(user == null ? USER : user)
                && key != null
                && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new BridgeException(401, 516, (user == null || user.isEmpty() ? USER : user)
                    + ": Authentication failed: password is incorrect, or there is no user with such name.");
        }
    }

    private static Map<String, String> lowerCaseHeaders(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        return headers;
    }

    private static byte[] readBody(HttpExchange exchange, Map<String, String> headers) throws IOException {
        String encoding = headers.getOrDefault("content-encoding", "identity").trim().toLowerCase(Locale.ROOT);
        try (InputStream raw = exchange.getRequestBody()) {
            InputStream in = switch (encoding) {
                case "", "identity" -> raw;
                case "gzip" -> new GZIPInputStream(raw);
                case "deflate" -> new InflaterInputStream(raw);
                default -> throw new BridgeException(400, 1, "Content-Encoding " + encoding
                        + " is not supported by the embedded engine; send identity, gzip or deflate");
            };
            return in.readAllBytes();
        }
    }

    private static int statusFor(int code) {
        return switch (code) {
            case 62, 27, 26, 6, 41, 53, 38, 36, 457, 456, 115 -> 400;
            case 516 -> 401;
            case 164, 497 -> 403;
            case 60, 81 -> 404;
            default -> 500;
        };
    }

    private static String summary(QueryResult r) {
        return "{\"read_rows\":\"" + r.rowsRead() + "\",\"read_bytes\":\"" + r.bytesRead()
                + "\",\"written_rows\":\"" + r.rowsWritten() + "\",\"written_bytes\":\"" + r.bytesWritten()
                + "\",\"total_rows_to_read\":\"" + r.rowsRead() + "\",\"result_rows\":\"0\",\"result_bytes\":\""
                + r.body().length + "\",\"elapsed_ns\":\"" + (long) (r.elapsedSeconds() * 1e9) + "\"}";
    }

    private static String contentType(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.startsWith("json")) {
            return "application/json; charset=UTF-8";
        }
        if (f.startsWith("tabseparated") || f.startsWith("tsv")) {
            return "text/tab-separated-values; charset=UTF-8";
        }
        if (f.startsWith("csv")) {
            return "text/csv; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    private void reply(HttpExchange exchange, int status, String contentType, byte[] body,
                       Map<String, String> extra) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-ClickHouse-Server-Display-Name", "themescope-embedded");
        // one request per connection: a loopback connect costs microseconds, while a pooled
        // connection that the JDK server retires as idle can swallow the request sent on it
        h.set("Connection", "close");
        h.set("X-ClickHouse-Timezone", engine.timezone());
        extra.forEach(h::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void refuse(HttpExchange exchange, int status, int code, String message, String queryId) throws IOException {
        String text = "Code: " + code + ". DB::Exception: " + message + "\n";
        reply(exchange, status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8),
                Map.of("X-ClickHouse-Exception-Code", Integer.toString(code), "X-ClickHouse-Query-Id", queryId));
    }
}
