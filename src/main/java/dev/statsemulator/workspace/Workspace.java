package dev.statsemulator.workspace;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A tenant: it owns events, messages and credentials.
 *
 * @param id workspace id ([a-z0-9-]{1,64})
 * @param timezone the zone its calendar buckets follow unless a query names another
 * @param settings its vendor sections with every secret removed or masked
 * @param createdAt when it was first created
 * @param updatedAt when its settings last changed
 */
public record Workspace(String id, ZoneId timezone, WorkspaceSettings settings, Instant createdAt, Instant updatedAt) {
}
