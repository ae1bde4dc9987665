package io.themescope.reliability;

import io.themescope.support.ChildJvm;
import io.themescope.support.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk for real: the store lives on a small tmpfs, a ballast file and a bulk import fill it,
 * and then a write gets a 507 problem+json saying so (the bulk one says how much was stored), reads
 * keep answering, the log says it once, and once the ballast is deleted writes succeed again in the
 * same process. Needs root to mount; skipped with a message where mounting is not permitted.
 */
class FullDiskTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static HttpResponse<String> send(int port, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(40)).header("Cache-Control", "no-cache")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String doc(String salt, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i % 50 == 0 ? "maritime security " : "w").append(Integer.toString(i * 7919 + salt.hashCode(), 36)).append(' ');
        }
        return String.format(Locale.ROOT, "{\"title\":\"%s\",\"kind\":\"speech\",\"meeting\":{\"series\":\"ADMM\",\"number\":9,"
                + "\"date\":\"2015-03-16\",\"hostCountry\":\"MY\"},\"text\":\"%s\"}", salt, text);
    }

    private static long documents(int port) throws Exception {
        return Json.parse(send(port, "GET", "/api/v1/documents?limit=1", null, null).body()).path("total").asLong();
    }

    @Test
    void aFullDiskRefusesWritesWith507AndRecoversWithoutARestart() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
        Path mount = Files.createTempDirectory("themescope-full-disk-");
        int mounted = run("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", mount.toString());
        if (mounted != 0) {
            Files.deleteIfExists(mount);
        }
        assumeTrue(mounted == 0, "mounting a tmpfs is not permitted here (mount exited " + mounted
                + "); the full-disk test needs root");
        try (ChildJvm child = ChildJvm.start(FullDiskChild.class, mount.resolve("data").toString())) {
            child.awaitOutput("FULL-DISK-CHILD-PORT=", 120);
            Matcher m = Pattern.compile("FULL-DISK-CHILD-PORT=(\\d+)").matcher(child.output());
            assertThat(m.find()).isTrue();
            int port = Integer.parseInt(m.group(1));
            assertThat(send(port, "POST", "/api/v1/documents", "application/json", doc("first", 200)).statusCode())
                    .isEqualTo(201);

            // leave room for a batch or two, then upload far more than that
            Path ballast = mount.resolve("ballast");
            try (OutputStream o = Files.newOutputStream(ballast)) {
                byte[] chunk = new byte[1 << 20];
                while (Files.getFileStore(mount).getUsableSpace() > (48L << 20)) {
                    o.write(chunk);
                }
            } catch (IOException e) {
                // the disk filled while writing ballast: fine
            }
            StringBuilder bulk = new StringBuilder();
            for (int i = 0; i < 6000; i++) {
                bulk.append(doc("bulk-" + i, 400)).append('\n');
            }
            HttpResponse<String> full = send(port, "POST", "/api/v1/documents/bulk", "application/x-ndjson", bulk.toString());
            assertThat(full.statusCode()).as(full.body()).isEqualTo(507);
            assertThat(full.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(full.body()).contains("disk is full").contains("were stored before the disk filled");
            Matcher stored = Pattern.compile("(\\d+) documents( \\(lines 1 to (\\d+)\\))? were stored").matcher(full.body());
            assertThat(stored.find()).as(full.body()).isTrue();
            long storedDocs = Long.parseLong(stored.group(1));
            // the failed batch's parts are gone again, so fill what it left free, down to 1 MB (at 0 bytes
            // free a write got no answer at all, see docs/reliability.md)
            try (OutputStream o = Files.newOutputStream(ballast, java.nio.file.StandardOpenOption.APPEND)) {
                byte[] chunk = new byte[1 << 16];
                while (Files.getFileStore(mount).getUsableSpace() > (1L << 20)) {
                    o.write(chunk);
                }
            } catch (IOException e) {
                // the disk filled while writing ballast
            }
            HttpResponse<String> single;
            try {
                single = send(port, "POST", "/api/v1/documents", "application/json", doc("during", 60000));
            } catch (java.net.http.HttpTimeoutException e) {
                String out = child.output();
                throw new AssertionError("no answer on a full disk; child output:\n" + out.substring(Math.max(0, out.length() - 6000)));
            }
            assertThat(single.statusCode()).as(single.body()).isEqualTo(507);

            // reads keep answering, and show only whole documents
            assertThat(send(port, "GET", "/api/v1/series?theme=maritime-security", null, null).statusCode()).isEqualTo(200);
            assertThat(documents(port)).isEqualTo(1 + storedDocs);
            assertThat(child.output().split("the store's disk is full", -1)).as("logged once").hasSize(2);

            Files.delete(ballast);
            HttpResponse<String> after = send(port, "POST", "/api/v1/documents", "application/json", doc("after", 200));
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
            assertThat(documents(port)).isEqualTo(2 + storedDocs);
            assertThat(child.output()).contains("the store's disk has room again");
            System.out.println("full disk: " + storedDocs + " documents of the bulk upload stored before the disk filled");
        } finally {
            run("umount", "-l", mount.toString());
            Files.deleteIfExists(mount);
        }
    }
}
