package dev.statsemulator.eventstore;

/** The slot sizes that counts are pre-aggregated in. */
public enum Granularity {

	/** UTC-aligned quarter hours: needed for zones with :30 and :45 offsets. */
	QUARTER_HOUR(15),
	/** UTC-aligned hours: what most sub-day queries read. */
	HOUR(60),
	/**
	 * Local days in the workspace's time zone (see {@link CountStore#dayRollupZone}):
	 * what day, week, month and year queries in that zone read.
	 */
	LOCAL_DAY(1440);

	private final int minutes;

	Granularity(int minutes) {
		this.minutes = minutes;
	}

	/** The code stored in the {@code granularity} column. */
	public int minutes() {
		return this.minutes;
	}

	/** The granularity stored with this code. */
	public static Granularity ofMinutes(int minutes) {
		for (Granularity granularity : values()) {
			if (granularity.minutes == minutes) {
				return granularity;
			}
		}
		throw new IllegalArgumentException("no granularity of " + minutes + " minutes");
	}

	/**
	 * Whether slots are fixed-length and aligned to UTC (true for all but local days).
	 */
	public boolean utcAligned() {
		return this != LOCAL_DAY;
	}

	public long millis() {
		requireUtcAligned();
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

	private void requireUtcAligned() {
		if (!utcAligned()) {
			throw new IllegalStateException("local days have no fixed length");
		}
	}

}
