package io.themescope.backup;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Backups over HTTP. POST takes no body at all: the directory comes from themescope.backup.dir and
 * the name is generated, so a caller cannot steer a write on the host. Like every non-GET call under
 * /api/ it needs an API key once keys are configured.
 */
@RestController
@RequestMapping("/api/v1/backups")
class BackupController {

    private final BackupService service;

    BackupController(BackupService service) {
        this.service = service;
    }

    @Operation(summary = "Take a consistent backup of the whole store into themescope.backup.dir (201)")
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<BackupService.Info>> create() {
        return service.create().map(info -> ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/backups")).body(info));
    }

    @Operation(summary = "The backups in themescope.backup.dir, oldest first")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, List<BackupService.Info>>> list() {
        return Mono.fromCallable(() -> Map.of("backups", service.list()))
                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic());
    }
}
