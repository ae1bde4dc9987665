package io.themescope.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where backups go. Only configuration names this directory: a request never chooses a path, so an
 * API key cannot be used to write files anywhere else on the host.
 */
@ConfigurationProperties("themescope.backup")
public record BackupProperties(@DefaultValue("./backups") Path dir) {
}
