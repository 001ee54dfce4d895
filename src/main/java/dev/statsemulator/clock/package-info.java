/**
 * The emulator's clock: real time, or a time a test has set or frozen through the control
 * API.
 */
@ApplicationModule(displayName = "Clock", allowedDependencies = {})
@NullMarked
package dev.statsemulator.clock;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
