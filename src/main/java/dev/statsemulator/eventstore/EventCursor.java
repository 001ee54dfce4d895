package dev.statsemulator.eventstore;

/**
 * Where a page of a listing ends, in the order of a workspace's events (by time, then by
 * storage sequence): its last event's time, and how many of the listing's events at that
 * millisecond come up to and including it. It names no storage sequence number, so the
 * same events give the same cursors in every workspace they are stored in (a snapshot's
 * copy pages exactly as its original), and paging by it never skips or repeats an event.
 *
 * @param atMillis the last listed event's time (epoch ms)
 * @param rank how many of the listing's events at {@code atMillis} have been listed
 */
public record EventCursor(long atMillis, long rank) {
}
