/**
 * Synthetic traffic: the demo workspace and the control API's generator.
 */
@ApplicationModule(displayName = "Generator",
		allowedDependencies = { "aggregation", "clock", "eventstore", "workspace" })
@NullMarked
package dev.statsemulator.generator;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
