package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Metric;

/**
 * Where a series is active, found without reading every bucket of a long span: the active
 * UTC years first, then the active days in them, then runs of active days short enough to
 * read in hours with one query each. The cost follows the active days, not the span.
 */
final class ActiveSpans {

	/**
	 * Up to this long between the first and the last event, the hours are read at once,
	 * without looking for the active days first.
	 */
	static final Duration DIRECT_HOURS = Duration.ofDays(92);

	private ActiveSpans() {
	}

	static List<TimeInterval> ofHours(AggregationService aggregation, String workspaceId, List<Metric> metrics,
			CountFilter filter, Instant first, Instant last) {
		if (Duration.between(first, last).compareTo(DIRECT_HOURS) <= 0) {
			return List
				.of(new TimeInterval(TimeBucketer.unitStart(first, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY),
						TimeBucketer.nextUnitStart(last, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY)));
		}
		Instant from = TimeBucketer.unitStart(first, BucketUnit.YEAR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		Instant to = TimeBucketer.nextUnitStart(last, BucketUnit.YEAR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		List<TimeInterval> activeDays = new ArrayList<>();
		for (TimeInterval years : runs(
				aggregation.activeBuckets(CountQuery.totals(workspaceId, metrics, filter, from, to)
					.bucketedBy(Bucketing.of(BucketUnit.YEAR, ZoneOffset.UTC))),
				AggregationService.MAX_YEARS_OF_DAYS)) {
			activeDays.addAll(aggregation
				.activeBuckets(CountQuery.totals(workspaceId, metrics, filter, years.start(), years.end())
					.bucketedBy(Bucketing.of(BucketUnit.DAY, ZoneOffset.UTC))));
		}
		return runs(activeDays, AggregationService.MAX_DAYS_OF_HOURS);
	}

	/**
	 * Consecutive intervals joined into runs of at most {@code maxPerRun} of them, so one
	 * query reads a run within the bucket limit.
	 */
	static List<TimeInterval> runs(List<TimeInterval> intervals, int maxPerRun) {
		List<TimeInterval> runs = new ArrayList<>();
		Instant start = null;
		Instant end = null;
		int length = 0;
		for (TimeInterval interval : intervals) {
			if (start != null && interval.start().equals(end) && length < maxPerRun) {
				end = interval.end();
				length++;
				continue;
			}
			if (start != null) {
				runs.add(new TimeInterval(start, end));
			}
			start = interval.start();
			end = interval.end();
			length = 1;
		}
		if (start != null) {
			runs.add(new TimeInterval(start, end));
		}
		return runs;
	}

}
