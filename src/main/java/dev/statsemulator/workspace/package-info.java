/**
 * Workspaces (tenants) and the credentials that map a vendor caller to one of them;
 * vendor modules contribute their credential kinds through
 * {@link dev.statsemulator.workspace.VendorCredentials}.
 */
@ApplicationModule(displayName = "Workspace", allowedDependencies = { "startup" })
@NullMarked
package dev.statsemulator.workspace;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
