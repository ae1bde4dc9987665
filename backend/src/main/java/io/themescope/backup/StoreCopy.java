package io.themescope.backup;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import io.themescope.clickhouse.Visibility;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The copy behind backups. chDB refuses BACKUP ... TO File/Disk without server configuration it is
 * not given, so every table is copied server-side into a scratch database while the write gate holds
 * batches back (milliseconds to seconds), then streamed out in ClickHouse's Native format at leisure;
 * restore inserts those files with the materialized views detached, so aggregates come back as stored.
 */
final class StoreCopy {

    static final String MANIFEST = "manifest.json";
    private static final String SUFFIX = ".native";

    private StoreCopy() {
    }

    /** One table of a backup: its rows and the bytes of its Native file. */
    record TableCopy(String name, long rows, long bytes) {
    }

    /** Tables holding data (not views) of {@code database}, in name order. */
    static List<String> dataTables(DSLContext dsl, String database) {
        return dsl.select(DSL.field(DSL.name("name"), String.class))
                .from(DSL.table(DSL.name("system", "tables")))
                .where(DSL.field(DSL.name("database"), String.class).eq(database))
                .and(DSL.field(DSL.name("engine"), String.class).notLike("%View"))
                .and(DSL.field(DSL.name("is_temporary"), Integer.class).eq(0))
                .orderBy(DSL.field(DSL.name("name")))
                .fetch(0, String.class);
    }

    static List<String> views(DSLContext dsl, String database) {
        return dsl.select(DSL.field(DSL.name("name"), String.class))
                .from(DSL.table(DSL.name("system", "tables")))
                .where(DSL.field(DSL.name("database"), String.class).eq(database))
                .and(DSL.field(DSL.name("engine"), String.class).eq("MaterializedView"))
                .orderBy(DSL.field(DSL.name("name")))
                .fetch(0, String.class);
    }

    /** Copies every data table of {@code database} into {@code target} (which must not exist yet). */
    static List<TableCopy> copy(DSLContext dsl, Client client, Visibility visibility, String database, Path target) {
        String scratch = database + "_backup_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Name snap = DSL.name(scratch);
        List<String> tables = dataTables(dsl, database);
        try {
            dsl.createDatabase(snap).execute();
            // the consistent moment: no batch publishes while every table is copied inside the engine
            visibility.publishing(() -> {
                for (String t : tables) {
                    dsl.query("CREATE TABLE {0} AS {1}", DSL.name(scratch, t), DSL.name(database, t)).execute();
                    dsl.insertInto(DSL.table(DSL.name(scratch, t)))
                            .select(DSL.selectFrom(DSL.table(DSL.name(database, t)))).execute();
                }
                return null;
            });
            Files.createDirectories(target);
            List<TableCopy> out = new ArrayList<>();
            for (String t : tables) {
                Path file = target.resolve(t + SUFFIX);
                String sql = dsl.renderInlined(DSL.selectFrom(DSL.table(DSL.name(scratch, t))));
                try (var response = client.query(sql, new QuerySettings().setFormat(ClickHouseFormat.Native)).get();
                     InputStream in = response.getInputStream(); OutputStream o = Files.newOutputStream(file)) {
                    in.transferTo(o);
                }
                out.add(new TableCopy(t, dsl.fetchCount(DSL.table(DSL.name(scratch, t))), Files.size(file)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("backup interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("backup failed: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } finally {
            dsl.dropDatabaseIfExists(snap).execute();
        }
    }

    /** Rows in the tables a store's content lives in; 0 for a store that was only migrated. */
    static long contentRows(DSLContext dsl, String database) {
        long rows = 0;
        for (String t : List.of("meetings", "documents", "mentions")) {
            rows += dsl.fetchCount(DSL.table(DSL.name(database, t)));
        }
        return rows;
    }

    /**
     * Loads {@code tables} from {@code source} into the migrated {@code database}, emptying its tables
     * first; the materialized views are detached meanwhile so inserted aggregates are not counted twice.
     */
    static void restore(DSLContext dsl, Client client, String database, Path source, List<String> tables) {
        List<String> present = dataTables(dsl, database);
        for (String t : tables) {
            if (!present.contains(t)) {
                throw new IllegalArgumentException("the backup has table " + t + ", which this store does not");
            }
        }
        List<String> views = views(dsl, database);
        for (String v : views) {
            dsl.query("DETACH TABLE {0}", DSL.name(database, v)).execute();
        }
        try {
            for (String t : tables) {
                dsl.truncate(DSL.table(DSL.name(database, t))).execute();
                Path file = source.resolve(t + SUFFIX);
                if (Files.size(file) == 0) {
                    continue; // an empty table writes an empty file, and the engine refuses an insert of nothing
                }
                try (InputStream in = Files.newInputStream(file)) {
                    client.insert(database + "." + t, in, ClickHouseFormat.Native, new InsertSettings()).get().close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("restore interrupted", e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        } finally {
            for (String v : views) {
                dsl.query("ATTACH TABLE {0}", DSL.name(database, v)).execute();
            }
        }
    }
}
