package io.themescope.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Reads request bodies as raw bytes under a size limit, so decoding (strict UTF-8) and the 413 for
 * oversized bodies are ours, not a codec default; NDJSON is split into lines as it streams in, so
 * a bulk upload never has to fit in memory.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static Mono<byte[]> readAll(ServerHttpRequest request, long maxBytes, String limitProperty) {
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(tooLarge(maxBytes, limitProperty));
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE - 8, maxBytes))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(maxBytes, limitProperty));
    }

    /**
     * Splits the body at '\n' (a trailing '\r' is dropped). A line longer than {@code maxLine} is not
     * buffered: its bytes are skipped up to the next newline and it arrives as {@link #TOO_LONG}, so the
     * caller reports that one line and goes on with the rest.
     */
    public static Flux<byte[]> lines(ServerHttpRequest request, long maxTotal, String totalProperty, int maxLine) {
        long declared = request.getHeaders().getContentLength();
        if (declared > maxTotal) {
            return Flux.error(tooLarge(maxTotal, totalProperty));
        }
        return Flux.defer(() -> {
            LineSplitter splitter = new LineSplitter(maxLine, maxTotal);
            return request.getBody()
                    .concatMapIterable(buffer -> {
                        try {
                            return splitter.feed(buffer);
                        } finally {
                            DataBufferUtils.release(buffer);
                        }
                    })
                    .map(line -> {
                        // raised here, not while mapping a buffer: an error thrown there makes Reactor
                        // discard that buffer, releasing it a second time
                        if (line == OVER_TOTAL) {
                            throw tooLarge(maxTotal, totalProperty);
                        }
                        return line;
                    })
                    .concatWith(Flux.defer(() -> Flux.fromIterable(splitter.finish())));
        });
    }

    /** True for the stand-in of a line that went over the line limit (compare by identity). */
    public static boolean tooLong(byte[] line) {
        return line == TOO_LONG;
    }

    /** Stands for "this line went over the line limit" in the stream of lines. */
    private static final byte[] TOO_LONG = new byte[0];
    /** Stands for "the body went over the total limit"; turned into a 413 downstream. */
    private static final byte[] OVER_TOTAL = new byte[0];

    static ApiValidationException tooLarge(long maxBytes, String property) {
        return new ApiValidationException(413, List.of(new ApiError("body", "max-size",
                "The body is larger than " + maxBytes + " bytes (" + property + ").")));
    }

    private static final class LineSplitter {
        private final int maxLine;
        private final long maxTotal;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private boolean skipping;
        private long total;

        LineSplitter(int maxLine, long maxTotal) {
            this.maxLine = maxLine;
            this.maxTotal = maxTotal;
        }

        List<byte[]> feed(DataBuffer buffer) {
            List<byte[]> out = new java.util.ArrayList<>();
            byte[] chunk = new byte[buffer.readableByteCount()];
            buffer.read(chunk);
            total += chunk.length;
            if (total > maxTotal) {
                out.add(OVER_TOTAL);
                return out;
            }
            int from = 0;
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    append(chunk, from, i - from);
                    out.add(take());
                    from = i + 1;
                }
            }
            append(chunk, from, chunk.length - from);
            return out;
        }

        private void append(byte[] chunk, int from, int length) {
            if (skipping) {
                return;
            }
            if ((long) current.size() + length > maxLine + 1L) { // +1: a '\r' before the newline is not counted
                skipping = true;
                current.reset();
                return;
            }
            current.write(chunk, from, length);
        }

        List<byte[]> finish() {
            return current.size() == 0 && !skipping ? List.of() : List.of(take());
        }

        private byte[] take() {
            if (skipping) {
                skipping = false;
                return TOO_LONG;
            }
            byte[] line = current.toByteArray();
            current.reset();
            int n = line.length;
            if (n > 0 && line[n - 1] == '\r') {
                line = java.util.Arrays.copyOf(line, n - 1);
            }
            return line.length > maxLine ? TOO_LONG : line;
        }
    }
}
