package io.themescope.dashboards;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds definition files: {@code dashboards/*.json} on the classpath (packaged from the repository's
 * top-level dashboards/ folder) and, when configured, the {@code *.json} files of a user directory.
 */
final class DefinitionSources {

    static final String CLASSPATH_PATTERN = "classpath*:dashboards/*.json";

    private DefinitionSources() {
    }

    static List<DefinitionFile> read(Path userDir) {
        List<DefinitionFile> files = new ArrayList<>(builtIn());
        if (userDir != null) {
            files.addAll(directory(userDir));
        }
        return files;
    }

    static List<DefinitionFile> builtIn() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN);
            List<DefinitionFile> files = new ArrayList<>();
            for (Resource r : found) {
                files.add(new DefinitionFile("dashboards/" + r.getFilename(),
                        r.getContentAsString(StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(DefinitionFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in dashboard definitions", e);
        }
    }

    static List<DefinitionFile> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidDashboardsException(List.of("themescope.dashboards.dir: " + dir
                    + " is not a directory"));
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<DefinitionFile> files = new ArrayList<>();
            for (Path p : listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(new DefinitionFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new InvalidDashboardsException(List.of("themescope.dashboards.dir: " + dir
                    + " cannot be read (" + e.getMessage() + ")"));
        }
    }
}
