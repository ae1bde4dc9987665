package io.themescope.hostile;

import io.themescope.ThemeScopeApplication;
import io.themescope.support.ClickHouseTestSupport;
import io.themescope.support.ThreadDumps;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real app on a random port with a fresh database, started by hand: jqwik properties have no
 * Spring extension, and one app for a whole property class keeps hundreds of tries cheap. Each request
 * has its own connection (reused ones here went unanswered about once in a hundred); one with no
 * answer in 20 s is dumped and sent once more, and a second silence fails the test as a hang.
 */
final class LiveApp implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    /** What came back: status, content type (without parameters) and the raw body. */
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private final ConfigurableApplicationContext context;
    private final String base;

    private LiveApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the app on its own new database; {@code args} are extra "--name=value" settings. */
    static LiveApp start(String hint, String... args) {
        return on(ClickHouseTestSupport.newDatabase(hint), args);
    }

    /** Starts the app on an existing database {@code db}, e.g. a second app beside a first. */
    static LiveApp on(String db, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--themescope.demo.enabled=false"));
        ClickHouseTestSupport.register((name, value) -> all.add("--" + name + "=" + value.get()), db);
        all.addAll(List.of(args));
        return new LiveApp(new SpringApplicationBuilder(ThemeScopeApplication.class).run(all.toArray(String[]::new)));
    }

    /**
     * The status line's code for a request line sent as raw bytes, for what a URI class will not
     * build (a bare '%'); the connection is closed after the answer.
     */
    int rawStatus(String pathAndQuery) {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String database() {
        return context.getEnvironment().getProperty("themescope.clickhouse.database");
    }

    DSLContext analyticsDsl() {
        return context.getBean("analyticsDsl", DSLContext.class);
    }

    DSLContext dsl() {
        return context.getBean(DSLContext.class);
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET(), pathAndQuery);
    }

    Answer post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, path);
    }

    private Answer send(HttpRequest.Builder request, String what) {
        HttpRequest r = request.timeout(PATIENCE).build();
        for (int attempt = 1; ; attempt++) {
            try (HttpClient http = client()) {
                HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                return new Answer(response.statusCode(), type, response.body());
            } catch (HttpTimeoutException e) {
                ThreadDumps.print("no answer to " + abbreviated(what) + " in " + PATIENCE + " (attempt " + attempt + ")");
                if (attempt == 2) {
                    throw new AssertionError("no answer in " + PATIENCE + " twice: " + abbreviated(what), e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }

    @Override
    public void close() {
        context.close();
    }
}
