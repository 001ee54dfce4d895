/**
 * What every HTTP entry point shares: CORS, the public chain, the stateless chain shape,
 * the firewall's rejection handler, JSON error writing and body limits.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
@NullMarked
package dev.statsemulator.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
