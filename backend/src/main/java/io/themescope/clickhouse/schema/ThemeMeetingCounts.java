package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDate;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.VARCHAR;

/**
 * jOOQ names for {@code sql/V014__theme_meeting_counts_summed.sql}: theme rows filled by a materialized
 * view, totals rows written with each batch of documents.
 */
public final class ThemeMeetingCounts {

    public static final Table<?> TABLE = table(name("theme_meeting_counts"));
    public static final Field<Integer> GENERATION = field(name("generation"), INTEGER);
    public static final Field<String> THEME = field(name("theme"), VARCHAR);
    public static final Field<String> MEETING_ID = field(name("meeting_id"), VARCHAR);
    public static final Field<LocalDate> MEETING_DATE = field(name("meeting_date"), LOCALDATE);
    public static final Field<String> DATE_PRECISION = field(name("date_precision"), VARCHAR);
    public static final Field<String> SERIES = field(name("series"), VARCHAR);
    public static final Field<String> HOST_COUNTRY = field(name("host_country"), VARCHAR);
    public static final Field<String> KIND = field(name("kind"), VARCHAR);
    public static final Field<Boolean> SYNTHETIC = field(name("synthetic"), BOOLEAN);
    public static final Field<Long> MENTIONS = field(name("mentions"), BIGINT);
    public static final Field<Long> DOCUMENTS = field(name("documents"), BIGINT);
    /** Only on the totals rows ({@link #TOTALS}); 0 on theme rows. */
    public static final Field<Long> WORDS = field(name("words"), BIGINT);
    /**
     * The theme value of the rows holding a meeting's document and word totals in a generation
     * ({@code sql/V017}, {@code V018}); no theme id is empty, and these rows carry no mentions.
     */
    public static final String TOTALS = "";

    private ThemeMeetingCounts() {
    }
}
