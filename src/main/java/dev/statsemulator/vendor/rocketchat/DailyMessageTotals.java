package dev.statsemulator.vendor.rocketchat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.eventstore.Room;

import org.springframework.stereotype.Component;

/**
 * Messages sent per local calendar day, for the days that have any: what Rocket.Chat
 * keeps in its analytics collection (one entry per room and day with messages) and sums
 * per day.
 */
@Component
class DailyMessageTotals {

	/** Chat messages in the room types the dashboard counts. */
	static final Metric MESSAGES = Metric.all(EventType.CHAT_MESSAGE);

	static final CountFilter DASHBOARD_ROOMS = CountFilter.ANY.withDetails(Room.TYPES);

	/**
	 * Days per query, so a range of centuries is read a few thousand years at a time,
	 * within the aggregation's bucket limit.
	 */
	private static final long DAYS_PER_YEAR_QUERY = 36_000_000;

	private final AggregationService aggregation;

	DailyMessageTotals(AggregationService aggregation) {
		this.aggregation = aggregation;
	}

	/**
	 * The local days from {@code first} to {@code last}, both included, that have
	 * messages, with their totals, oldest first.
	 */
	NavigableMap<LocalDate, Long> between(String workspaceId, ZoneId zone, LocalDate first, LocalDate last) {
		NavigableMap<LocalDate, Long> totals = new TreeMap<>();
		if (last.isBefore(first)) {
			return totals;
		}
		Instant from = TimeBucketer.startOfDay(first, zone);
		Instant to = TimeBucketer.nextUnitStart(TimeBucketer.startOfDay(last, zone), BucketUnit.DAY, zone,
				DayOfWeek.MONDAY);
		if (TimeBucketer.wholeDaysBetween(from, to, zone) < AggregationService.MAX_BUCKETS) {
			addDays(workspaceId, zone, from, to, totals);
			return totals;
		}
		// Ranges longer than the bucket limit: find the years with messages, then read
		// their days.
		Instant windowStart = from;
		while (windowStart.isBefore(to)) {
			Instant windowEnd = TimeBucketer.plusLocalDays(windowStart, DAYS_PER_YEAR_QUERY, zone);
			if (windowEnd.isAfter(to)) {
				windowEnd = to;
			}
			Counts years = count(workspaceId, zone, BucketUnit.YEAR, windowStart, windowEnd);
			List<TimeInterval> buckets = years.buckets();
			for (int i = 0; i < buckets.size(); i++) {
				if (years.count(MESSAGES, i) > 0) {
					addDays(workspaceId, zone, buckets.get(i).start(), buckets.get(i).end(), totals);
				}
			}
			windowStart = windowEnd;
		}
		return totals;
	}

	private void addDays(String workspaceId, ZoneId zone, Instant from, Instant to,
			NavigableMap<LocalDate, Long> totals) {
		Counts days = count(workspaceId, zone, BucketUnit.DAY, from, to);
		List<TimeInterval> buckets = days.buckets();
		for (int i = 0; i < buckets.size(); i++) {
			long messages = days.count(MESSAGES, i);
			if (messages != 0) {
				totals.merge(TimeBucketer.localDate(buckets.get(i).start(), zone), messages, Long::sum);
			}
		}
	}

	private Counts count(String workspaceId, ZoneId zone, BucketUnit unit, Instant from, Instant to) {
		return this.aggregation.count(new CountQuery(workspaceId, List.of(MESSAGES), DASHBOARD_ROOMS, from, to,
				Bucketing.of(unit, zone), Dimension.NONE));
	}

}
