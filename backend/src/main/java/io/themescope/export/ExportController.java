package io.themescope.export;

import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.compare.HostsService;
import io.themescope.ingest.IndexGeneration;
import io.themescope.passages.PassageQuery;
import io.themescope.passages.PassagesService;
import io.themescope.series.SeriesQuery;
import io.themescope.series.SeriesQueryParser;
import io.themescope.series.SeriesService;
import io.themescope.themes.Taxonomy;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.themescope.web.ApiDocs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Downloads of exactly what the JSON endpoints answer. Series and host tables are flattened from
 * the same response objects (so every format carries the same numbers); Parquet is written by
 * ClickHouse; mentions stream straight from ClickHouse in its own formats, so memory stays flat.
 */
@RestController
@RequestMapping("/api/v1/export")
class ExportController {

    private final SeriesQueryParser seriesParser;
    private final SeriesService series;
    private final HostsService hosts;
    private final PassagesService passages;
    private final ClickHouseExecutor executor;
    private final IndexGeneration generation;
    private final Taxonomy taxonomy;
    private final io.themescope.web.QueryLimits limits;
    private final long maxExportRows;

    ExportController(SeriesQueryParser seriesParser, SeriesService series, HostsService hosts, PassagesService passages,
                     ClickHouseExecutor executor, IndexGeneration generation, Taxonomy taxonomy,
                     io.themescope.web.QueryLimits limits, io.themescope.clickhouse.ClickHouseProperties clickhouse) {
        this.limits = limits;
        this.maxExportRows = clickhouse.guardRails().maxExportRows();
        this.seriesParser = seriesParser;
        this.series = series;
        this.hosts = hosts;
        this.passages = passages;
        this.executor = executor;
        this.generation = generation;
        this.taxonomy = taxonomy;
    }

    @Operation(summary = "Download a series exactly as GET /api/v1/series answers it")
    @GetMapping("/series")
    Mono<ResponseEntity<Flux<DataBuffer>>> series(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                                  @Parameter(description = "Time buckets; meeting = one bucket per meeting in date order.", schema = @Schema(allowableValues = {"year", "quarter", "month", "meeting"})) @RequestParam(required = false) String bucket,
                                                  @Parameter(description = "mentions: theme mentions; documents: documents mentioning the theme; per10k: mentions per 10,000 words of all matching documents; share: share of all theme mentions (with a 95% Wilson interval).", schema = @Schema(allowableValues = {"mentions", "documents", "per10k", "share"})) @RequestParam(required = false) String metric,
                                                  @Parameter(description = "Centred moving average over this many buckets: 0 (off) or an odd number from 3 to 25.", example = "3") @RequestParam(required = false) String smooth,
                                                  @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                                  @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                                  @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                                  @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                                  @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind,
                                                  @Parameter(description = ApiDocs.FORMAT, schema = @Schema(allowableValues = {"csv", "json", "ndjson", "parquet"})) @RequestParam(required = false) String format,
                                                  @Parameter(description = "long: one row per bucket and theme; wide: one row per bucket, one column per theme.", schema = @Schema(allowableValues = {"long", "wide"})) @RequestParam(required = false) String layout) {
        ExportFormat f = ExportFormat.parse(format);
        boolean wide = parseLayout(layout);
        SeriesQuery q = seriesParser.parse(theme, bucket, metric, smooth, from, to, series, host, kind);
        String name = FileNames.series(q, wide);
        return this.series.series(q)
                .map(r -> wide ? Tables.seriesWide(r) : Tables.seriesLong(r))
                .map(t -> respond(f, name, t));
    }

    @Operation(summary = "Download a host comparison exactly as GET /api/v1/compare/hosts answers it")
    @GetMapping("/hosts")
    Mono<ResponseEntity<Flux<DataBuffer>>> hosts(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                                 @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                                 @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                                 @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                                 @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                                 @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind,
                                                 @Parameter(description = "Order of hosts: by code, or by a count, largest first.", schema = @Schema(allowableValues = {"host", "meetings", "documents", "words", "mentions"})) @RequestParam(required = false) String sort,
                                                 @Parameter(description = ApiDocs.FORMAT, schema = @Schema(allowableValues = {"csv", "json", "ndjson", "parquet"})) @RequestParam(required = false) String format) {
        ExportFormat f = ExportFormat.parse(format);
        var q = HostsService.parse(taxonomy, limits, theme, from, to, series, host, kind, sort);
        return hosts.hosts(q).map(r -> respond(f, FileNames.hosts(q), Tables.hosts(r)));
    }

    @Operation(summary = "Download every passage matching the query, streamed from ClickHouse")
    @GetMapping("/mentions")
    Mono<ResponseEntity<Flux<DataBuffer>>> mentions(@Parameter(description = ApiDocs.THEME, example = "arms-race") @RequestParam(required = false) List<String> theme,
                                              @Parameter(description = ApiDocs.FROM, example = "2010") @RequestParam(required = false) String from,
                                              @Parameter(description = ApiDocs.TO, example = "2024") @RequestParam(required = false) String to,
                                              @Parameter(description = ApiDocs.SERIES) @RequestParam(required = false) List<String> series,
                                              @Parameter(description = ApiDocs.HOST) @RequestParam(required = false) List<String> host,
                                              @Parameter(description = ApiDocs.KIND, schema = @Schema(allowableValues = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"})) @RequestParam(required = false) List<String> kind,
                                              @Parameter(description = ApiDocs.BUCKET_KEY) @RequestParam(required = false) String bucket,
                                              @Parameter(description = "How bucket is to be read (default year when bucket is given).", schema = @Schema(allowableValues = {"year", "quarter", "month", "meeting"})) @RequestParam(required = false) String bucketing,
                                              @Parameter(description = ApiDocs.FORMAT, schema = @Schema(allowableValues = {"csv", "json", "ndjson", "parquet"})) @RequestParam(required = false) String format) {
        ExportFormat f = ExportFormat.parse(format);
        PassageQuery q = passages.parse(theme, from, to, series, host, kind, bucket, bucketing, null, null);
        int g = generation.current();
        String sql = ExportSql.RENDER.renderInlined(ExportSql.mentions(q, g));
        Map<String, String> settings = switch (f) {
            case CSV -> Map.of("output_format_csv_crlf_end_of_line", "1");
            case JSON -> Map.of("output_format_json_array_of_rows", "1");
            default -> Map.of();
        };
        // counted first: once streaming has begun, a limit hit could only cut the file short
        return executor.read(dsl -> dsl.fetchValue(ExportSql.mentionCount(q, g)))
                .map(rows -> {
                    if (rows > maxExportRows) {
                        throw new ApiValidationException(422, List.of(new ApiError("query", "max-export-rows",
                                "The export would have " + rows + " rows, more than " + maxExportRows
                                        + " (themescope.clickhouse.guard-rails.max-export-rows); narrow the query.")));
                    }
                    return ResponseEntity.ok()
                            .contentType(f.mediaType)
                            .header(HttpHeaders.CONTENT_DISPOSITION, disposition(FileNames.mentions(q) + "." + f.extension))
                            .body(executor.raw(sql, f.clickHouse, settings));
                });
    }

    private ResponseEntity<Flux<DataBuffer>> respond(ExportFormat f, String name, Table t) {
        Flux<DataBuffer> body = switch (f) {
            case CSV -> bytes(TableWriter.csv(t));
            case JSON -> bytes(TableWriter.json(t, false));
            case NDJSON -> bytes(TableWriter.json(t, true));
            case PARQUET -> executor.raw(ExportSql.table(t), f.clickHouse, Map.of());
        };
        return ResponseEntity.ok()
                .contentType(f.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name + "." + f.extension))
                .body(body);
    }

    private static Flux<DataBuffer> bytes(byte[] data) {
        return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(data));
    }

    private static String disposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    private static boolean parseLayout(String layout) {
        if (layout == null || layout.isBlank() || layout.strip().equals("long")) {
            return false;
        }
        if (layout.strip().equals("wide")) {
            return true;
        }
        throw ApiValidationException.of("layout", "enum", "layout must be one of long, wide; got \"" + layout + "\".");
    }
}
