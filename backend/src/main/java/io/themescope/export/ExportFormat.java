package io.themescope.export;

import com.clickhouse.data.ClickHouseFormat;
import io.themescope.web.ApiValidationException;
import org.springframework.http.MediaType;

import java.util.Locale;

/** The download formats, each with its media type, file extension and ClickHouse output format. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv", ClickHouseFormat.CSVWithNames),
    JSON("application/json", "json", ClickHouseFormat.JSONEachRow),
    NDJSON("application/x-ndjson", "ndjson", ClickHouseFormat.JSONEachRow),
    PARQUET("application/vnd.apache.parquet", "parquet", ClickHouseFormat.Parquet);

    final MediaType mediaType;
    final String extension;
    final ClickHouseFormat clickHouse;

    ExportFormat(String mediaType, String extension, ClickHouseFormat clickHouse) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
        this.clickHouse = clickHouse;
    }

    static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        for (ExportFormat f : values()) {
            if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw ApiValidationException.of("format", "enum", "format must be one of csv, json, ndjson, parquet; got \""
                + value + "\".");
    }
}
