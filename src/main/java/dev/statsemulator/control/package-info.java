/**
 * The control API under /_emulator/v1: workspaces, events, messages, clock, generator and
 * stats.
 */
@ApplicationModule(displayName = "Control API",
		allowedDependencies = { "aggregation", "clock", "eventstore", "generator", "workspace", "web", "faults",
				"journal", "reset", "snapshot", "startup" })
@NullMarked
package dev.statsemulator.control;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
