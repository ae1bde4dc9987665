package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

/** jOOQ names for {@code sql/V002__documents.sql}. */
public final class Documents {

    public static final Table<?> TABLE = table(name("documents"));
    public static final Field<String> ID = field(name("id"), VARCHAR);
    public static final Field<String> MEETING_ID = field(name("meeting_id"), VARCHAR);
    public static final Field<String> SERIES = field(name("series"), VARCHAR);
    public static final Field<LocalDate> MEETING_DATE = field(name("meeting_date"), LOCALDATE);
    public static final Field<String> DATE_PRECISION = field(name("date_precision"), VARCHAR);
    public static final Field<Integer> YEAR = field(name("year"), INTEGER);
    public static final Field<String> HOST_COUNTRY = field(name("host_country"), VARCHAR);
    public static final Field<String> KIND = field(name("kind"), VARCHAR);
    public static final Field<String> TITLE = field(name("title"), VARCHAR);
    public static final Field<LocalDate> PUBLISHED_ON = field(name("published_on"), LOCALDATE);
    public static final Field<String> SOURCE_URL = field(name("source_url"), VARCHAR);
    public static final Field<String> LANGUAGE = field(name("language"), VARCHAR);
    public static final Field<Long> WORDS = field(name("words"), BIGINT);
    public static final Field<String> TEXT = field(name("text"), VARCHAR);
    public static final Field<String> CONTENT_HASH = field(name("content_hash"), VARCHAR);
    public static final Field<String> TAXONOMY_VERSION = field(name("taxonomy_version"), VARCHAR);
    public static final Field<LocalDateTime> INGESTED_AT = field(name("ingested_at"), LOCALDATETIME(3));
    public static final Field<Boolean> SYNTHETIC = field(name("synthetic"), BOOLEAN);

    private Documents() {
    }
}
