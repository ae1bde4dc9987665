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

    /** Splits the body at '\n' (a trailing '\r' is dropped); a line longer than {@code maxLine} is an error. */
    public static Flux<byte[]> lines(ServerHttpRequest request, long maxTotal, int maxLine, String limitProperty) {
        long declared = request.getHeaders().getContentLength();
        if (declared > maxTotal) {
            return Flux.error(tooLarge(maxTotal, limitProperty));
        }
        return Flux.defer(() -> {
            LineSplitter splitter = new LineSplitter(maxLine, limitProperty);
            return request.getBody()
                    .concatMapIterable(buffer -> {
                        try {
                            return splitter.feed(buffer);
                        } catch (ApiValidationException e) {
                            // raised on the marker below, not here: an error thrown while mapping a buffer
                            // makes Reactor discard that buffer, releasing it a second time
                            splitter.failure = e;
                            return List.of(TOO_LONG);
                        } finally {
                            DataBufferUtils.release(buffer);
                        }
                    })
                    .map(line -> {
                        if (line == TOO_LONG) {
                            throw splitter.failure;
                        }
                        return line;
                    })
                    .concatWith(Flux.defer(() -> Flux.fromIterable(splitter.finish())));
        });
    }

    /** Stands for "the current line went over the limit" in the stream of lines. */
    private static final byte[] TOO_LONG = new byte[0];

    static ApiValidationException tooLarge(long maxBytes, String property) {
        return new ApiValidationException(413, List.of(new ApiError("body", "max-size",
                "The body is larger than " + maxBytes + " bytes (" + property + ").")));
    }

    private static final class LineSplitter {
        private final int maxLine;
        private final String property;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private ApiValidationException failure;

        LineSplitter(int maxLine, String property) {
            this.maxLine = maxLine;
            this.property = property;
        }

        List<byte[]> feed(DataBuffer buffer) {
            List<byte[]> out = new java.util.ArrayList<>();
            byte[] chunk = new byte[buffer.readableByteCount()];
            buffer.read(chunk);
            int from = 0;
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    current.write(chunk, from, i - from);
                    out.add(take());
                    from = i + 1;
                }
            }
            current.write(chunk, from, chunk.length - from);
            if (current.size() > maxLine) {
                throw new ApiValidationException(413, List.of(new ApiError("body", "max-line-size",
                        "A line is longer than " + maxLine + " bytes (" + property + ").")));
            }
            return out;
        }

        List<byte[]> finish() {
            return current.size() == 0 ? List.of() : List.of(take());
        }

        private byte[] take() {
            if (current.size() > maxLine) {
                throw new ApiValidationException(413, List.of(new ApiError("body", "max-line-size",
                        "A line is longer than " + maxLine + " bytes (" + property + ").")));
            }
            byte[] line = current.toByteArray();
            current.reset();
            int n = line.length;
            if (n > 0 && line[n - 1] == '\r') {
                return java.util.Arrays.copyOf(line, n - 1);
            }
            return line;
        }
    }
}
