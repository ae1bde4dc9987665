package io.themescope.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Inserts many rows as one JSONCompactEachRow body ({@code INSERT INTO t (cols) FORMAT ...}):
 * values travel as data, never as SQL text, and ClickHouse parses them in one streaming pass,
 * which is far cheaper than a prepared statement with tens of thousands of placeholders. Blocking:
 * call it only from work handed to {@link ClickHouseExecutor}.
 */
@Component
public final class BulkInsert {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Client client;
    private final JsonMapper mapper = JsonMapper.builder().build();

    BulkInsert(Client rawClient) {
        this.client = rawClient;
    }

    /** One row: values in the order of {@code columns}. */
    public void insert(Table<?> table, List<? extends Field<?>> columns, Iterable<Object[]> rows) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        int count = 0;
        try (JsonGenerator g = mapper.createGenerator(body)) {
            for (Object[] row : rows) {
                g.writeStartArray();
                for (int i = 0; i < columns.size(); i++) {
                    write(g, row[i]);
                }
                g.writeEndArray();
                g.writeRaw('\n');
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        List<String> names = columns.stream().map(Field::getName).toList();
        try {
            client.insert(table.getName(), names, new ByteArrayInputStream(body.toByteArray()),
                    ClickHouseFormat.JSONCompactEachRow, new InsertSettings()).get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("insert into " + table.getName() + " interrupted", e);
        } catch (ExecutionException e) {
            throw new org.jooq.exception.DataAccessException("insert into " + table.getName() + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new org.jooq.exception.DataAccessException("insert into " + table.getName() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static void write(JsonGenerator g, Object v) {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer n -> g.writeNumber(n);
            case Long n -> g.writeNumber(n);
            case Double d -> g.writeNumber(d);
            case Boolean b -> g.writeBoolean(b);
            case LocalDate d -> g.writeString(d.toString());
            case LocalDateTime t -> g.writeString(DATE_TIME.format(t));
            case int[] array -> {
                g.writeStartArray();
                for (int n : array) {
                    g.writeNumber(n);
                }
                g.writeEndArray();
            }
            case String[] array -> {
                g.writeStartArray();
                for (String s : array) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalArgumentException("no JSON form for " + v.getClass());
        }
    }
}
