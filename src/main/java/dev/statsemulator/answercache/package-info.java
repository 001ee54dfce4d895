/**
 * The answer cache: results of reads that depend only on a workspace's stored data, kept
 * under the workspace's write version, which every write that can change the data moves
 * on after its commit. A read that finds its result under the current version answers
 * without the database; any write makes the next read go to the database again.
 */
@ApplicationModule(displayName = "Answer cache", allowedDependencies = {})
@NullMarked
package dev.statsemulator.answercache;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
