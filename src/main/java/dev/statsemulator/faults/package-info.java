/**
 * Fault and latency injection rules per workspace and vendor (delays, error rates, the
 * next N calls), deterministic for a seed.
 */
@ApplicationModule(displayName = "Faults", allowedDependencies = { "workspace" })
@NullMarked
package dev.statsemulator.faults;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
