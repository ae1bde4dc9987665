package io.themescope.ingest;

import io.themescope.convert.Converter;
import io.themescope.web.ApiValidationException;
import org.springframework.stereotype.Component;

/**
 * A file and its metadata made into a document: the bounds on the file, the conversion, the original
 * kept as its {@link Source}, and the metadata read with what the file offers (an HTML title or
 * date). The multipart upload and the CLI import both come through here, so they keep the same
 * originals and refuse the same files with the same words.
 */
@Component
public final class FileDocuments {

    private final Converter converter;
    private final DocumentRequestParser parser;
    private final IngestProperties properties;

    FileDocuments(Converter converter, DocumentRequestParser parser, IngestProperties properties) {
        this.converter = converter;
        this.parser = parser;
        this.properties = properties;
    }

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /** The 413 for a file past {@code themescope.ingest.max-file-size}. */
    public ApiValidationException tooLarge() {
        return Uploads.tooLarge(maxFileSize());
    }

    /**
     * Converts {@code file} and parses {@code metadata} (a document's JSON without text) with it.
     *
     * @throws ApiValidationException (status 400, 413, 415 or 422, on {@code file}) when the file
     *                                cannot be converted or is too large
     */
    public DocumentRequestParser.Result read(byte[] file, String declaredType, String fileName, byte[] metadata) {
        if (file.length > maxFileSize()) {
            throw tooLarge();
        }
        var conversion = converter.convert(file, declaredType, fileName);
        Source source = new Source(file, fileName(fileName, conversion.format()), conversion);
        return parser.parseMetadata(metadata, source);
    }

    /** The client's file name without any directory part, or one made from the format. */
    static String fileName(String given, String format) {
        if (given != null) {
            String base = given.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).strip();
            if (!base.isEmpty() && base.length() <= 255) {
                return base;
            }
        }
        return "document." + switch (format) {
            case "pdf" -> "pdf";
            case "html" -> "html";
            case "markdown" -> "md";
            default -> "txt";
        };
    }
}
