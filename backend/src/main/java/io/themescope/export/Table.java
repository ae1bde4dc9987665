package io.themescope.export;

import java.util.List;

/**
 * A small typed table (columns with ClickHouse types, rows of Java values) built from a JSON
 * response, so every export format writes exactly the numbers the endpoint returned.
 */
record Table(List<Column> columns, List<List<Object>> rows) {

    record Column(String name, String clickHouseType) {
    }
}
