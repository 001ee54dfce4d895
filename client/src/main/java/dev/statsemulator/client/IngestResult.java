package dev.statsemulator.client;

/**
 * The answer to an accepted batch of events.
 *
 * @param received events in the batch
 * @param stored events stored now
 * @param duplicates events stored before (same id, same content)
 */
public record IngestResult(long received, long stored, long duplicates) {
}
