/**
 * The Rocket.Chat lens: login and the engagement dashboard.
 */
@ApplicationModule(displayName = "Rocket.Chat",
		allowedDependencies = { "aggregation", "clock", "eventstore", "workspace", "web", "calls", "faults" })
@NullMarked
package dev.statsemulator.rocketchat;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
