package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDate;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.VARCHAR;

/** jOOQ names for {@code sql/V003__mentions.sql}. */
public final class Mentions {

    public static final Table<?> TABLE = table(name("mentions"));
    public static final Field<Integer> GENERATION = field(name("generation"), INTEGER);
    public static final Field<String> THEME = field(name("theme"), VARCHAR);
    public static final Field<LocalDate> MEETING_DATE = field(name("meeting_date"), LOCALDATE);
    public static final Field<String> DATE_PRECISION = field(name("date_precision"), VARCHAR);
    public static final Field<Integer> YEAR = field(name("year"), INTEGER);
    public static final Field<String> MEETING_ID = field(name("meeting_id"), VARCHAR);
    public static final Field<String> SERIES = field(name("series"), VARCHAR);
    public static final Field<String> HOST_COUNTRY = field(name("host_country"), VARCHAR);
    public static final Field<String> KIND = field(name("kind"), VARCHAR);
    public static final Field<String> DOCUMENT_ID = field(name("document_id"), VARCHAR);
    public static final Field<String> TERM = field(name("term"), VARCHAR);
    public static final Field<Integer> START = field(name("start"), INTEGER);
    public static final Field<Integer> END = field(name("end"), INTEGER);
    public static final Field<String> SENTENCE = field(name("sentence"), VARCHAR);
    public static final Field<Integer> SENTENCE_START = field(name("sentence_start"), INTEGER);
    public static final Field<Boolean> SYNTHETIC = field(name("synthetic"), BOOLEAN);
    /** 1 on the first mention of its theme in its document (V011); summed into document counts. */
    public static final Field<Integer> FIRST_IN_DOCUMENT = field(name("first_in_document"), INTEGER);
    /** The page of the original file (V020); null where the format has no pages. */
    public static final Field<Integer> PAGE = field(name("page"), INTEGER);

    private Mentions() {
    }
}
