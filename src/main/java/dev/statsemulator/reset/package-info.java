/**
 * Starting over: every workspace deleted (the seed files applied again, the demo
 * optionally re-created), or one workspace cleared keeping its credentials; the clock
 * released.
 */
@ApplicationModule(displayName = "Reset",
		allowedDependencies = { "clock", "eventstore", "faults", "generator", "journal", "seeding", "workspace" })
@NullMarked
package dev.statsemulator.reset;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
