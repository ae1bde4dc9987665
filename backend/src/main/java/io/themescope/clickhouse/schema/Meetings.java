package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

/** jOOQ names for {@code sql/V001__meetings.sql}; hand-written because the schema is small and stable. */
public final class Meetings {

    public static final Table<?> TABLE = table(name("meetings"));
    public static final Field<String> ID = field(name("id"), VARCHAR);
    public static final Field<String> SERIES = field(name("series"), VARCHAR);
    public static final Field<Integer> NUMBER = field(name("number"), INTEGER);
    public static final Field<LocalDate> DATE = field(name("date"), LOCALDATE);
    public static final Field<String> DATE_PRECISION = field(name("date_precision"), VARCHAR);
    public static final Field<Integer> YEAR = field(name("year"), INTEGER);
    public static final Field<String> HOST_COUNTRY = field(name("host_country"), VARCHAR);
    public static final Field<String> HOST_CITY = field(name("host_city"), VARCHAR);
    public static final Field<Boolean> VIRTUAL = field(name("virtual"), BOOLEAN);
    public static final Field<String> TITLE = field(name("title"), VARCHAR);
    public static final Field<String[]> SOURCES = field(name("sources"), VARCHAR.array());
    public static final Field<Boolean> SYNTHETIC = field(name("synthetic"), BOOLEAN);
    public static final Field<LocalDateTime> UPDATED_AT = field(name("updated_at"), LOCALDATETIME(3));

    private Meetings() {
    }
}
