package dev.statsemulator.eventstore;

/**
 * One reason an item of a batch (an event, a message) was rejected.
 *
 * @param index position of the item in its batch (0-based; for NDJSON, the item's line
 * among the non-blank lines)
 * @param field the offending field, or null for the item as a whole
 * @param message what is wrong and what is expected
 */
public record BatchError(int index, String field, String message) {
}
