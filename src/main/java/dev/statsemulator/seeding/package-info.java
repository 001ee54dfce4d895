/**
 * The init directory: workspaces, messages and events from files, applied idempotently at
 * every start.
 */
@ApplicationModule(displayName = "Seeding", allowedDependencies = { "clock", "eventstore", "workspace" })
@NullMarked
package dev.statsemulator.seeding;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
