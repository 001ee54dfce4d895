package dev.statsemulator.aggregation;

import java.time.Instant;

/**
 * A half-open interval of time, {@code [start, end)}.
 *
 * @param start first instant inside the interval
 * @param end first instant after the interval
 */
public record TimeInterval(Instant start, Instant end) {

	public TimeInterval {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Interval ends before it starts: " + start + " > " + end);
		}
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(this.start) && instant.isBefore(this.end);
	}

}
