package io.themescope.backup;

import com.clickhouse.client.api.Client;
import io.themescope.clickhouse.ClickHouseEndpoint;
import io.themescope.clickhouse.ClickHouseExecutor;
import io.themescope.web.ApiError;
import io.themescope.web.ApiValidationException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Takes, lists and restores backups of the whole store (every data table: meetings, documents with
 * their texts, mentions, aggregates, index state, schema versions). One backup runs at a time; a
 * restore is for a stopped server (the CLI), into an empty store unless told to replace it.
 */
@Service
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final ClickHouseExecutor executor;
    private final DSLContext dsl;
    private final Client client;
    private final ClickHouseEndpoint endpoint;
    private final Path dir;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicBoolean running = new AtomicBoolean();

    BackupService(ClickHouseExecutor executor, DSLContext dsl, Client client, ClickHouseEndpoint endpoint,
                  BackupProperties properties, Clock clock) {
        this.executor = executor;
        this.dsl = dsl;
        this.client = client;
        this.endpoint = endpoint;
        this.dir = properties.dir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** What the API answers for one backup. */
    public record Info(String id, String path, long bytes, long documents, String createdAt, String taxonomyVersion) {
        static Info of(Manifest m, Path path) {
            return new Info(m.id(), path.toString(), m.bytes(), m.documents(), m.createdAt(), m.taxonomyVersion());
        }
    }

    /** A consistent copy into the configured directory, while the server runs. */
    public Mono<Info> create() {
        if (!running.compareAndSet(false, true)) {
            return Mono.error(new ApiValidationException(409, List.of(new ApiError("backup", "not-running",
                    "A backup is already running; wait for it to finish."))));
        }
        return executor.write(d -> createIn(dir)).doFinally(s -> running.set(false));
    }

    /** Blocking: the copy itself, into {@code parent}/{id}. */
    public Info createIn(Path parent) {
        String id = BackupId.create(clock.instant());
        Path target = parent.toAbsolutePath().normalize().resolve(id);
        long start = System.nanoTime();
        List<StoreCopy.TableCopy> tables = StoreCopy.copy(dsl, client, executor.visibility(), endpoint.database(), target);
        long bytes = tables.stream().mapToLong(StoreCopy.TableCopy::bytes).sum();
        Manifest m = new Manifest(id, clock.instant().toString(), endpoint.database(), schemaVersion(),
                taxonomyVersion(), documents(tables), bytes, tables);
        write(target.resolve(StoreCopy.MANIFEST), m);
        LOG.info("backup {}: {} tables, {} documents, {} bytes in {} ms", id, tables.size(), m.documents(), bytes,
                (System.nanoTime() - start) / 1_000_000);
        return Info.of(m, target);
    }

    /** Every backup in the configured directory, oldest first; unreadable entries are skipped. */
    public List<Info> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Info> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                Path manifest = p.resolve(StoreCopy.MANIFEST);
                if (BackupId.valid(name) && Files.isRegularFile(manifest)) {
                    out.add(Info.of(read(manifest), p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Blocking: loads the backup at {@code source} into this store (see {@link StoreCopy#restore}). */
    public Info restore(Path source, boolean replace) {
        Path manifestFile = source.resolve(StoreCopy.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(source + " is not a ThemeScope backup (no " + StoreCopy.MANIFEST + ")");
        }
        Manifest m = read(manifestFile);
        if (!BackupId.valid(m.id())) {
            throw new IllegalArgumentException(manifestFile + ": not a backup id: " + m.id());
        }
        if (m.schemaVersion() != schemaVersion()) {
            throw new IllegalArgumentException("the backup has schema version " + m.schemaVersion() + ", this build "
                    + schemaVersion() + "; restore it with the build that took it");
        }
        long rows = StoreCopy.contentRows(dsl, endpoint.database());
        if (rows > 0 && !replace) {
            throw new IllegalArgumentException("the store is not empty (" + rows + " rows); restore into an empty data"
                    + " directory or database, or add --replace to overwrite it");
        }
        List<String> tables = m.tables().stream().map(StoreCopy.TableCopy::name).toList();
        StoreCopy.restore(dsl, client, endpoint.database(), source, tables);
        return Info.of(m, source.toAbsolutePath().normalize());
    }

    private int schemaVersion() {
        Integer v = dsl.select(DSL.max(DSL.field(DSL.name("version"), Integer.class)))
                .from(DSL.table(DSL.name("schema_migrations"))).fetchOne(0, Integer.class);
        return v == null ? 0 : v;
    }

    private String taxonomyVersion() {
        return dsl.select(DSL.max(DSL.field(DSL.name("taxonomy_version"), String.class)))
                .from(DSL.table(DSL.name("documents"))).fetchOne(0, String.class);
    }

    private static long documents(List<StoreCopy.TableCopy> tables) {
        return tables.stream().filter(t -> t.name().equals("documents")).mapToLong(StoreCopy.TableCopy::rows).sum();
    }

    private void write(Path file, Manifest m) {
        try {
            Files.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifest read(Path file) {
        try {
            return json.readValue(Files.readAllBytes(file), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
