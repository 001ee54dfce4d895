package dev.statsemulator.aggregation;

import java.time.Instant;
import java.util.List;

import dev.statsemulator.BadInputException;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.Metric;

/**
 * "Count of these metrics, among events matching the filter, per calendar bucket of
 * [from, to), broken down by a dimension."
 *
 * @param workspaceId whose events
 * @param metrics what to count
 * @param filter which events
 * @param from first instant of the range
 * @param to first instant after the range
 * @param bucketing the calendar buckets, or null for one bucket spanning the whole range
 * @param groupBy the breakdown, {@link Dimension#NONE} for none
 */
public record CountQuery(String workspaceId, List<Metric> metrics, CountFilter filter, Instant from, Instant to,
		Bucketing bucketing, Dimension groupBy) {

	public CountQuery {
		metrics = List.copyOf(metrics);
		if (to.isBefore(from)) {
			throw new BadInputException("the range ends before it starts");
		}
	}

	/** Totals over the whole range, no breakdown. */
	public static CountQuery totals(String workspaceId, List<Metric> metrics, CountFilter filter, Instant from,
			Instant to) {
		return new CountQuery(workspaceId, metrics, filter, from, to, null, Dimension.NONE);
	}

	public CountQuery bucketedBy(Bucketing bucketing) {
		return new CountQuery(this.workspaceId, this.metrics, this.filter, this.from, this.to, bucketing, this.groupBy);
	}

	public CountQuery groupedBy(Dimension dimension) {
		return new CountQuery(this.workspaceId, this.metrics, this.filter, this.from, this.to, this.bucketing,
				dimension);
	}

}
