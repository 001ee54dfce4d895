package dev.statsemulator.eventstore;

import java.time.ZoneId;

/**
 * The local calendar days the store keeps day buckets by. Calendar arithmetic lives in
 * the aggregation package, which implements this; the store only asks.
 */
public interface LocalDays {

	/** The local day of {@code zone} that holds {@code epochMillis}. */
	Day dayAt(long epochMillis, ZoneId zone);

	/**
	 * A local day as epoch milliseconds.
	 *
	 * @param start its first instant
	 * @param end the first instant of the next day
	 */
	record Day(long start, long end) {

		public boolean contains(long epochMillis) {
			return epochMillis >= this.start && epochMillis < this.end;
		}

	}

}
