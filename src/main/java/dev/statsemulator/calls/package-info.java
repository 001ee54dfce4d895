/**
 * The one filter in front of every vendor API: finds the workspace a call belongs to
 * (through each vendor's VendorApi), records it in the journal and injects the faults
 * configured for it.
 */
@ApplicationModule(displayName = "Calls", allowedDependencies = { "clock", "faults", "journal" })
@NullMarked
package dev.statsemulator.calls;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
