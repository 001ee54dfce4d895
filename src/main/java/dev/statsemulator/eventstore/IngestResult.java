package dev.statsemulator.eventstore;

/**
 * The answer to an accepted batch.
 *
 * @param received events in the batch
 * @param stored events stored now
 * @param duplicates events whose id was already stored with the same content (no-ops)
 */
public record IngestResult(int received, int stored, int duplicates) {
}
