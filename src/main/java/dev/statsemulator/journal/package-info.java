/**
 * The request journal: a bounded ring of recorded vendor calls per workspace, and one for
 * calls that matched no workspace.
 */
@ApplicationModule(displayName = "Journal", allowedDependencies = { "workspace" })
@NullMarked
package dev.statsemulator.journal;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
