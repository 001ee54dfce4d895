/**
 * The one bucketing service: counts per calendar unit over a range in a time zone, read
 * from the pre-aggregated buckets. The only home of calendar arithmetic.
 */
@ApplicationModule(displayName = "Aggregation", allowedDependencies = { "answercache", "eventstore", "workspace" })
@NullMarked
package dev.statsemulator.aggregation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
