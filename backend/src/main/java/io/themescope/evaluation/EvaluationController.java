package io.themescope.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.ingest.IngestProperties;
import io.themescope.themes.MentionExtractor;
import io.themescope.web.ApiValidationException;
import io.themescope.web.RequestBodies;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/evaluations}: the CLI's evaluation over HTTP, on documents sent with the gold
 * or on stored ones, always extracted afresh with the taxonomy in use. Stores nothing, but like
 * every non-GET call under /api/ it needs an API key once keys are configured.
 */
@RestController
class EvaluationController {

    static final String MAX_SIZE_PROPERTY = "themescope.ingest.max-document-size";

    private final MentionExtractor extractor;
    private final ClickHouseExecutor executor;
    private final IngestProperties properties;

    EvaluationController(MentionExtractor extractor, ClickHouseExecutor executor, IngestProperties properties) {
        this.extractor = extractor;
        this.executor = executor;
        this.properties = properties;
    }

    @Operation(summary = "Score the extractor against hand-labelled gold: precision, recall and F1 with 95% Wilson"
            + " intervals overall, per theme and per document, and every disagreement (offsets in code points)",
            description = "Send the gold and the documents it labels, or only the gold to evaluate the stored documents"
                    + " its keys name. The body is limited by " + MAX_SIZE_PROPERTY + ".")
    @PostMapping(path = "/api/v1/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EvaluationRequestSchema.class)))
    Mono<EvaluationReport> evaluate(ServerHttpRequest request) {
        return RequestBodies.readAll(request, properties.maxDocumentSize().toBytes(), MAX_SIZE_PROPERTY)
                .map(EvaluationRequest::parse)
                .flatMap(r -> {
                    if (r.texts() != null) {
                        return score(r.gold(), r.texts(), "corpus", "no document %s in the corpus", false);
                    }
                    List<String> ids = GoldReader.documentKeys(r.gold());
                    return executor.read(dsl -> StoredTexts.read(dsl, ids))
                            .flatMap(found -> score(r.gold(), found.texts(), "store", "no stored document %s",
                                    found.synthetic()));
                });
    }

    private Mono<EvaluationReport> score(tools.jackson.databind.JsonNode gold, Map<String, String> texts, String source,
                                         String missing, boolean synthetic) {
        return Mono.fromCallable(() -> {
            GoldReader.Result r = GoldReader.read(gold, extractor.taxonomy(), new GoldReader.Texts(texts::get, missing),
                    new HashMap<>(), GoldReader.ROOT);
            if (!r.ok()) {
                throw new ApiValidationException(r.errors());
            }
            List<String> notes = List.of();
            if (source.equals("corpus")) {
                List<String> skipped = texts.keySet().stream()
                        .filter(id -> r.documents().stream().noneMatch(d -> d.id().equals(id))).toList();
                notes = skipped.isEmpty() ? List.of() : List.of(EvaluateCommand.skipped(skipped));
            }
            return Evaluator.evaluate(extractor, r.documents(), source, notes, synthetic);
        }).subscribeOn(Schedulers.boundedElastic()); // extraction is CPU work: keep it off the event loop
    }
}
