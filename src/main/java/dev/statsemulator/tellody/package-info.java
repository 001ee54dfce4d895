/**
 * The Tellody Campaign Cloud lens: session login, reports and contact charts.
 */
@ApplicationModule(displayName = "Tellody",
		allowedDependencies = { "aggregation", "clock", "eventstore", "workspace", "web", "calls", "faults" })
@NullMarked
package dev.statsemulator.tellody;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
