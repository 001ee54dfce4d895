package dev.statsemulator.eventstore;

/**
 * A position in the total order of a workspace's events: by time, then by storage
 * sequence (unique per workspace), so paging by it never skips or repeats an event.
 *
 * @param atMillis the event's time (epoch ms)
 * @param seq its storage sequence number
 */
public record EventCursor(long atMillis, long seq) {
}
