/**
 * Micrometer metrics for Prometheus: per-vendor request series, ingest and generation
 * meters, store sizes of the largest workspaces.
 */
@ApplicationModule(displayName = "Observability", allowedDependencies = { "control", "eventstore" })
@NullMarked
package dev.statsemulator.observability;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
