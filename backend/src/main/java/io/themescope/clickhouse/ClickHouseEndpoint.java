package io.themescope.clickhouse;

/**
 * The resolved connection target, the same shape in both modes: the embedded engine is reached
 * through its loopback HTTP interface exactly like a server. {@code baseUrl} has no database path.
 */
public record ClickHouseEndpoint(ClickHouseProperties.Mode mode, String baseUrl, String user, String password,
                                 String database, String engineVersion, String dataDirectory) {

    /** JDBC URL for {@code db}; compression off because the embedded interface serves plain bodies. */
    public String jdbcUrl(String db) {
        return "jdbc:clickhouse:" + baseUrl.replaceFirst("^jdbc:clickhouse:", "") + "/" + db
                + (baseUrl.contains("?") ? "&" : "?") + "compress=false";
    }

    /** The same target, logged in as another user. */
    public ClickHouseEndpoint as(String otherUser, String otherPassword) {
        return new ClickHouseEndpoint(mode, baseUrl, otherUser, otherPassword, database, engineVersion, dataDirectory);
    }
}
