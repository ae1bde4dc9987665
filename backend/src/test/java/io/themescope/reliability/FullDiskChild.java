package io.themescope.reliability;

import io.themescope.ThemeScopeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The app in a child JVM on a data directory of the test's choosing (chDB takes one storage path per
 * process, so the full-disk test cannot use the shared test engine); prints its port once it serves.
 */
public final class FullDiskChild {

    private FullDiskChild() {
    }

    public static void main(String[] args) {
        ThemeScopeApplication.useUtc();
        var ctx = SpringApplication.run(ThemeScopeApplication.class, "--server.port=0", "--themescope.demo.enabled=false",
                "--themescope.rate-limit.enabled=false", "--themescope.clickhouse.embedded.data-dir=" + args[0],
                "--logging.level.io.themescope.requests=warn");
        System.out.println("FULL-DISK-CHILD-PORT=" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
    }
}
