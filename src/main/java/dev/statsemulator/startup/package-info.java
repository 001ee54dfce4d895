/**
 * What happens before the service answers: checks of the data directory, and start-up
 * failures explained in one paragraph instead of a stack trace.
 */
@ApplicationModule(displayName = "Startup", allowedDependencies = {})
@NullMarked
package dev.statsemulator.startup;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
