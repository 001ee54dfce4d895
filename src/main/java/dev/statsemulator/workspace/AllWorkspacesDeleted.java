package dev.statsemulator.workspace;

/**
 * Published after a full reset has deleted every workspace (and committed), so features
 * that keep state in memory outside any workspace (failed-login counts, login rate
 * limits) start over too.
 */
public record AllWorkspacesDeleted() {
}
