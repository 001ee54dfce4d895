/**
 * The GetResponse JSON-RPC lens: message listings and statistics.
 */
@ApplicationModule(displayName = "GetResponse",
		allowedDependencies = { "aggregation", "clock", "eventstore", "workspace", "web", "calls", "faults" })
@NullMarked
package dev.statsemulator.getresponse;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
