/**
 * The built-in dashboard page at GET /: static files shipped in the jar and the admin-
 * only endpoint that hands the page the demo's published credentials.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "generator", "workspace" })
@NullMarked
package dev.statsemulator.dashboard;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
