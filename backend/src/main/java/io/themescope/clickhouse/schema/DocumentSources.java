package io.themescope.clickhouse.schema;

import org.jooq.Field;
import org.jooq.Table;

import java.time.LocalDateTime;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

/** jOOQ names for {@code sql/V019__document_sources.sql}: a document's original file and its provenance. */
public final class DocumentSources {

    public static final Table<?> TABLE = table(name("document_sources"));
    public static final Field<String> DOCUMENT_ID = field(name("document_id"), VARCHAR);
    public static final Field<String> FORMAT = field(name("format"), VARCHAR);
    public static final Field<String> CONTENT_TYPE = field(name("content_type"), VARCHAR);
    public static final Field<String> FILE_NAME = field(name("file_name"), VARCHAR);
    public static final Field<Long> SIZE = field(name("size"), BIGINT);
    public static final Field<String> SHA256 = field(name("sha256"), VARCHAR);
    public static final Field<Integer> PAGES = field(name("pages"), INTEGER);
    public static final Field<Integer[]> PAGE_STARTS = field(name("page_starts"), INTEGER.array());
    public static final Field<String> CONVERTER = field(name("converter"), VARCHAR);
    public static final Field<String[]> NOTES = field(name("notes"), VARCHAR.array());
    /** The original bytes, base64-encoded. */
    public static final Field<String> CONTENT = field(name("content"), VARCHAR);
    public static final Field<LocalDateTime> STORED_AT = field(name("stored_at"), LOCALDATETIME(3));

    private DocumentSources() {
    }
}
