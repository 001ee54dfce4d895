package dev.statsemulator.eventstore;

/** The UTC-aligned slot sizes that counts are pre-aggregated in. */
public enum Granularity {

	/** Needed for zones with :30 and :45 offsets. */
	QUARTER_HOUR(15),
	/** What most queries read. */
	HOUR(60);

	private final int minutes;

	Granularity(int minutes) {
		this.minutes = minutes;
	}

	public int minutes() {
		return this.minutes;
	}

	public long millis() {
		return this.minutes * 60_000L;
	}

	/** The start of the slot containing {@code epochMillis}. */
	public long floor(long epochMillis) {
		return Math.floorDiv(epochMillis, millis()) * millis();
	}

	/** The first slot start at or after {@code epochMillis}. */
	public long ceil(long epochMillis) {
		return -Math.floorDiv(-epochMillis, millis()) * millis();
	}

}
