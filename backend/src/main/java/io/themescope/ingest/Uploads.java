package io.themescope.ingest;

import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a multipart upload (a {@code file} part and a {@code metadata} part) under the file size
 * limit, with our own reader so the limits and the 413 are ours: the part reader spills to a temporary
 * file past a small in-memory share and refuses a part past the limit while it streams in.
 */
final class Uploads {

    static final String FILE_LIMIT = "themescope.ingest.max-file-size";

    /** The two parts, as bytes; the file's declared type and name may be null. */
    record Upload(byte[] file, String fileType, String fileName, byte[] metadata) {
    }

    private Uploads() {
    }

    static Mono<Upload> read(ServerHttpRequest request, long maxFile, long maxMetadata) {
        long declared = request.getHeaders().getContentLength();
        if (declared > maxFile + maxMetadata + 65_536) {
            return Mono.error(tooLarge(maxFile));
        }
        DefaultPartHttpMessageReader reader = new DefaultPartHttpMessageReader();
        reader.setMaxParts(4);
        reader.setMaxHeadersSize(16 * 1024);
        reader.setMaxInMemorySize(256 * 1024);
        reader.setMaxDiskUsagePerPart(maxFile);
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxFile);
        return reader.read(ResolvableType.forClass(Part.class), request, Map.of())
                .concatMap(part -> DataBufferUtils.join(part.content(), cap)
                        .map(buffer -> {
                            byte[] bytes = new byte[buffer.readableByteCount()];
                            buffer.read(bytes);
                            DataBufferUtils.release(buffer);
                            return bytes;
                        })
                        .defaultIfEmpty(new byte[0])
                        .map(bytes -> new Object[] {part, bytes}))
                .collectList()
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(maxFile))
                .map(parts -> assemble(parts, maxMetadata));
    }

    private static Upload assemble(List<Object[]> parts, long maxMetadata) {
        List<ApiError> errors = new ArrayList<>();
        byte[] file = null;
        byte[] metadata = null;
        String type = null;
        String name = null;
        for (Object[] p : parts) {
            Part part = (Part) p[0];
            byte[] bytes = (byte[]) p[1];
            switch (part.name()) {
                case "file" -> {
                    if (file != null) {
                        errors.add(new ApiError("file", "single", "Send one file part per request."));
                    }
                    file = bytes;
                    var ct = part.headers().getContentType();
                    type = ct == null ? null : ct.toString();
                    name = part instanceof FilePart f ? f.filename() : null;
                }
                case "metadata" -> {
                    if (metadata != null) {
                        errors.add(new ApiError("metadata", "single", "Send one metadata part per request."));
                    }
                    metadata = bytes;
                    if (bytes.length > maxMetadata) {
                        errors.add(new ApiError("metadata", "max-size", "The metadata part is larger than "
                                + maxMetadata + " bytes (themescope.ingest.max-document-size)."));
                    }
                }
                default -> errors.add(new ApiError(part.name(), "unknown-part", "Unknown part " + part.name()
                        + "; the parts are file and metadata."));
            }
        }
        if (file == null) {
            errors.add(new ApiError("file", "required", "The file part is required."));
        }
        if (metadata == null) {
            errors.add(new ApiError("metadata", "required", "The metadata part (the document's JSON without text)"
                    + " is required."));
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return new Upload(file, type, name == null || name.isBlank() ? null : name, metadata);
    }

    static ApiValidationException tooLarge(long maxFile) {
        return new ApiValidationException(413, List.of(new ApiError("file", "max-size",
                "The file is larger than " + maxFile + " bytes (" + FILE_LIMIT + ").")));
    }
}
