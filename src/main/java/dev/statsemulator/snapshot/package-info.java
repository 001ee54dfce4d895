/**
 * A workspace exported and imported as one streamed NDJSON snapshot (settings without
 * secrets, catalogue, events).
 */
@ApplicationModule(displayName = "Snapshot", allowedDependencies = { "clock", "eventstore", "workspace" })
@NullMarked
package dev.statsemulator.snapshot;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
