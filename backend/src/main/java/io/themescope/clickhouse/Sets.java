package io.themescope.clickhouse;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.Collection;

/**
 * Membership in a large set of values as ONE bound array ({@code has(?, column)}) instead of an IN
 * list with a placeholder per value: the driver binds one parameter however many ids a batch has.
 */
public final class Sets {

    private Sets() {
    }

    public static Condition contains(Collection<String> values, Field<String> column) {
        return DSL.condition("has({0}, {1})", DSL.val(values.toArray(String[]::new), SQLDataType.VARCHAR.array()), column);
    }
}
