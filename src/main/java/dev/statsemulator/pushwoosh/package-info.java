/**
 * The Pushwoosh lens: statistics, message lists, message log, bounced emails and link
 * clicks.
 */
@ApplicationModule(displayName = "Pushwoosh",
		allowedDependencies = { "aggregation", "clock", "eventstore", "workspace", "web", "calls", "faults" })
@NullMarked
package dev.statsemulator.pushwoosh;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
