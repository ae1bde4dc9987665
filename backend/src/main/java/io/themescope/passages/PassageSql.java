package io.themescope.passages;

import io.themescope.analytics.Bucket;
import io.themescope.analytics.Bucketing;
import io.themescope.clickhouse.schema.Mentions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;

import java.time.LocalDate;

import static org.jooq.impl.DSL.noCondition;

/** SQL stage of the passages query: raw mentions in a stable order, one page past the cursor. */
public final class PassageSql {

    private PassageSql() {
    }

    public static Select<?> page(DSLContext dsl, PassageQuery q, int generation) {
        return dsl.select(Mentions.MEETING_DATE, Mentions.DOCUMENT_ID, Mentions.START, Mentions.END, Mentions.THEME,
                        Mentions.TERM, Mentions.SENTENCE, Mentions.SENTENCE_START, Mentions.MEETING_ID,
                        Mentions.SYNTHETIC, Mentions.PAGE)
                .from(Mentions.TABLE)
                .where(Mentions.GENERATION.eq(generation))
                .and(Mentions.THEME.in(q.themes()))
                .and(q.filters().onMentions())
                .and(bucketCondition(q.bucketing(), q.bucket()))
                .and(after(q.after()))
                .orderBy(Mentions.MEETING_DATE.desc(), Mentions.DOCUMENT_ID.asc(), Mentions.START.asc(),
                        Mentions.THEME.asc())
                .limit(q.limit() + 1);
    }

    /** Exactly the mentions behind one chart point of {@code bucketing}. */
    public static Condition bucketCondition(Bucketing bucketing, String key) {
        if (bucketing == null || key == null) {
            return noCondition();
        }
        if (bucketing == Bucketing.MEETING) {
            return Mentions.MEETING_ID.eq(key);
        }
        Bucket b = BucketKeys.parse(bucketing, key);
        Condition inRange = Mentions.MEETING_DATE.between(b.start(), b.end());
        return bucketing.accepts("year") ? inRange : inRange.and(Mentions.DATE_PRECISION.ne("year"));
    }

    static Condition after(PassageQuery.Cursor c) {
        if (c == null) {
            return noCondition();
        }
        LocalDate d = c.date();
        return Mentions.MEETING_DATE.lt(d)
                .or(Mentions.MEETING_DATE.eq(d).and(Mentions.DOCUMENT_ID.gt(c.documentId())))
                .or(Mentions.MEETING_DATE.eq(d).and(Mentions.DOCUMENT_ID.eq(c.documentId()))
                        .and(Mentions.START.gt(c.start())))
                .or(Mentions.MEETING_DATE.eq(d).and(Mentions.DOCUMENT_ID.eq(c.documentId()))
                        .and(Mentions.START.eq(c.start())).and(Mentions.THEME.gt(c.theme())));
    }
}
