package io.themescope.clickhouse.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the chDB library for this machine lives: the npm package that matches the OS, CPU and
 * libc, cached by scripts/fetch-engine.sh under the user cache. Both sides compute the same path,
 * so the build fetches once and the application finds it without configuration.
 */
public final class EngineLibrary {

    public static final String DEFAULT_VERSION = "26.5.3";

    private EngineLibrary() {
    }

    /** The npm platform suffix, e.g. {@code linux-x64-gnu}; throws for platforms chDB does not ship. */
    public static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("linux") && x64) {
            return "linux-x64-gnu";
        }
        if (os.contains("linux") && arm64) {
            return "linux-arm64-gnu";
        }
        if ((os.contains("mac") || os.contains("darwin")) && arm64) {
            return "darwin-arm64";
        }
        throw new EngineException("no embedded ClickHouse build is published for " + osName + "/" + osArch
                + "; run in server mode (THEMESCOPE_CLICKHOUSE_MODE=server)");
    }

    public static String fileName(String platform) {
        return platform.startsWith("darwin") ? "libchdb.dylib" : "libchdb.so";
    }

    /** {@code $THEMESCOPE_CACHE} or {@code ~/.cache/themescope}, then chdb/VERSION/PLATFORM/libchdb.so. */
    public static Path defaultLocation(String version) {
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        String cache = System.getenv("THEMESCOPE_CACHE");
        Path root = cache != null && !cache.isBlank()
                ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "themescope");
        return root.resolve("chdb").resolve(version).resolve(platform).resolve(fileName(platform));
    }
}
