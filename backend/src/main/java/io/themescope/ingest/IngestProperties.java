package io.themescope.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Size limits for ingest: one document (a JSON body or an NDJSON line), a whole bulk upload and its
 * lines, and one uploaded file (PDF, HTML, text).
 */
@ConfigurationProperties("themescope.ingest")
public record IngestProperties(@DefaultValue("16MB") DataSize maxDocumentSize,
                               @DefaultValue("4GB") DataSize maxBulkSize,
                               @DefaultValue("1000000") long maxBulkLines,
                               @DefaultValue("50MB") DataSize maxFileSize) {
}
