package io.themescope.clickhouse;

import com.clickhouse.client.api.data_formats.RowBinaryWithNamesAndTypesFormatReader;
import com.clickhouse.client.api.data_formats.internal.BinaryStreamReader;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseColumn;
import io.themescope.clickhouse.engine.EmbeddedEngine;
import io.themescope.clickhouse.engine.QueryResult;
import io.themescope.clickhouse.engine.Statement;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockExecuteContext;
import org.jooq.tools.jdbc.MockResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analytics reads in embedded mode, handed to the engine in-process: jOOQ renders the statement
 * (values inlined and escaped by jOOQ), the engine's reader sessions run it with the guard rails,
 * and the driver's own RowBinary reader decodes the answer. The JDBC driver's SQL parsing and two
 * loopback HTTP hops cost 5–9 ms per series query, more than ClickHouse itself; writes, exports
 * and server mode keep the JDBC path.
 */
final class InProcessReads implements MockDataProvider {

    private static final DSLContext PLAIN = DSL.using(SQLDialect.CLICKHOUSE);

    private final EmbeddedEngine engine;
    private final String database;
    private final Map<String, String> settings;
    private final QuerySettings decoding;

    InProcessReads(EmbeddedEngine engine, String database, Map<String, String> settings) {
        this.engine = engine;
        this.database = database;
        this.settings = Map.copyOf(settings);
        this.decoding = new QuerySettings().setUseTimeZone(engine.timezone());
    }

    /** A DSLContext whose every query goes through here: values inlined, with ClickHouse's backslash escaping. */
    static DSLContext dsl(EmbeddedEngine engine, String database, Map<String, String> settings) {
        return DSL.using(new org.jooq.tools.jdbc.MockConnection(new InProcessReads(engine, database, settings)),
                SQLDialect.CLICKHOUSE, new org.jooq.conf.Settings()
                        .withStatementType(org.jooq.conf.StatementType.STATIC_STATEMENT)
                        .withBackslashEscaping(org.jooq.conf.BackslashEscaping.ON));
    }

    @Override
    public MockResult[] execute(MockExecuteContext ctx) throws SQLException {
        if (ctx.batch() || ctx.bindings().length > 0) {
            throw new SQLException("in-process reads take one statement with its values inlined; got "
                    + (ctx.batch() ? "a batch" : ctx.bindings().length + " bind values"));
        }
        QueryResult r = engine.execute(new Statement(ctx.sql().getBytes(StandardCharsets.UTF_8),
                "RowBinaryWithNamesAndTypes", database, Map.of(), settings, true));
        if (r.failed()) {
            throw new SQLException(r.error().strip());
        }
        return new MockResult[] {new MockResult(0, decode(r.body()))};
    }

    private Result<Record> decode(byte[] body) throws SQLException {
        if (body.length == 0) {
            return PLAIN.newResult();
        }
        try (var reader = new RowBinaryWithNamesAndTypesFormatReader(new ByteArrayInputStream(body), decoding,
                new BinaryStreamReader.DefaultByteBufferAllocator())) {
            List<ClickHouseColumn> columns = reader.getSchema().getColumns();
            List<Field<?>> fields = new ArrayList<>(columns.size());
            for (ClickHouseColumn c : columns) {
                fields.add(DSL.field(DSL.name(c.getColumnName()), SQLDataType.OTHER));
            }
            Result<Record> result = PLAIN.newResult(fields);
            Object[] values = new Object[columns.size()];
            while (reader.hasNext()) {
                reader.next();
                for (int i = 0; i < values.length; i++) {
                    values[i] = reader.readValue(i + 1);
                }
                Record record = PLAIN.newRecord(fields);
                record.fromArray(values);
                result.add(record);
            }
            return result;
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("could not read the engine's answer: " + e.getMessage(), e);
        }
    }
}
