package io.themescope.backup;

import java.util.List;

/**
 * What a backup holds, written beside its table files: enough to list it without reading the data
 * and to refuse a restore into a store whose schema differs from the one it was taken from.
 */
record Manifest(String id, String createdAt, String database, int schemaVersion, String taxonomyVersion,
                long documents, long bytes, List<StoreCopy.TableCopy> tables) {
}
