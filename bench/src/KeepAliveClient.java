import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The latency loop's client: GET requests, one after another, on one kept-alive HTTP/1.1 socket.
 * The JDK's HttpClient hands every exchange between its selector and executor threads: above the
 * backend's own Server-Timing total it added 0.65-1.1 ms a request (p50), this client 0.3-0.45 ms,
 * so the figure is more the backend's. Only what the backend sends is supported: Content-Length
 * bodies.
 */
final class KeepAliveClient implements AutoCloseable {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends one GET with the given extra headers, connecting first if no socket is open. A failure
     * closes the socket and fails the call: a benchmark should not time a silent second attempt.
     */
    Response get(String path, Map<String, String> headers) throws IOException {
        try {
            return exchange(path, headers);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Response exchange(String path, Map<String, String> headers) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();

        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        Map<String, String> received = new LinkedHashMap<>();
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                received.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
        }
        String length = received.get("content-length");
        if (length == null) {
            throw new IOException("response without Content-Length (" + received.getOrDefault("transfer-encoding", "?")
                    + "): this client reads only what the backend sends");
        }
        byte[] body = in.readNBytes(Integer.parseInt(length));
        if (body.length != Integer.parseInt(length)) {
            throw new IOException("connection closed inside a body");
        }
        if ("close".equalsIgnoreCase(received.get("connection"))) {
            close();
        }
        return new Response(Integer.parseInt(parts[1]), received, new String(body, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        throw new IOException("connection closed inside a response head");
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
