package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDateTime;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

/** jOOQ names for {@code sql/V004__index_state.sql}. */
public final class IndexState {

    public static final Table<?> TABLE = table(name("index_state"));
    public static final Field<String> KEY = field(name("key"), VARCHAR);
    public static final Field<Integer> GENERATION = field(name("generation"), INTEGER);
    public static final Field<String> TAXONOMY_VERSION = field(name("taxonomy_version"), VARCHAR);
    public static final Field<LocalDateTime> UPDATED_AT = field(name("updated_at"), LOCALDATETIME(3));

    private IndexState() {
    }
}
