package dev.statsemulator.eventstore;

/**
 * What a count counts: every event of a type, or only the first event of that type per
 * (message, contact), counted where it occurred.
 *
 * @param type the event type
 * @param first whether only first occurrences count
 */
public record Metric(EventType type, boolean first) {

	public Metric {
		if (first && !type.firstOccurrenceTracked()) {
			throw new IllegalArgumentException("first occurrences are not tracked for " + type.code());
		}
	}

	public static Metric all(EventType type) {
		return new Metric(type, false);
	}

	public static Metric firstOf(EventType type) {
		return new Metric(type, true);
	}

	/** The name stored in the count buckets: the type's code, or {@code first:<code>}. */
	public String code() {
		return this.first ? "first:" + this.type.code() : this.type.code();
	}

}
