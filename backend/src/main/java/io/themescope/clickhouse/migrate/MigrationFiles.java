package io.themescope.clickhouse.migrate;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the migration files packaged from the repository's {@code sql/} directory into the jar
 * (classpath {@code sql/}), or from any other resource location the caller names.
 */
public final class MigrationFiles {

    private MigrationFiles() {
    }

    public static List<Migration> load(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            List<Migration> out = new ArrayList<>();
            for (Resource r : resources) {
                String name = r.getFilename();
                if (name == null || !name.endsWith(".sql")) {
                    continue;
                }
                out.add(Migration.parse(name, r.getContentAsString(StandardCharsets.UTF_8)));
            }
            out.sort(Comparator.comparingInt(Migration::version));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations from " + locationPattern, e);
        }
    }
}
