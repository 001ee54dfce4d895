/**
 * Distributes the schema over a Citus cluster when (and only when) the database has the
 * citus extension: adds the Citus Flyway location.
 */
@ApplicationModule(displayName = "Citus", allowedDependencies = {})
@NullMarked
package dev.statsemulator.citus;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
