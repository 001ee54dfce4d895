/**
 * The event store: validates, de-duplicates and stores events, keeps the message
 * catalogue and maintains the pre-aggregated buckets and first-occurrence records at
 * ingest.
 */
@ApplicationModule(displayName = "Event store", allowedDependencies = { "answercache", "workspace" })
@NullMarked
package dev.statsemulator.eventstore;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
