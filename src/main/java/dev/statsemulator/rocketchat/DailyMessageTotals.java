package dev.statsemulator.rocketchat;

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

	/** The longest range read day by day in one query (about three years). */
	private static final long DAYS_PER_QUERY = 1024;

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
		addRange(workspaceId, zone, from, to, totals);
		return totals;
	}

	/**
	 * Adds the days of {@code [from, to)}, both local midnights. A long range is halved
	 * until its halves are short, skipping halves without messages, so the queries follow
	 * the data rather than the calendar: JavaScript dates reach 275,760 years either side
	 * of 1970, far beyond the aggregation's bucket limit, and days of old local mean
	 * times do not start on a quarter hour, which costs an exact read per day.
	 */
	private void addRange(String workspaceId, ZoneId zone, Instant from, Instant to,
			NavigableMap<LocalDate, Long> totals) {
		long days = TimeBucketer.wholeDaysBetween(from, to, zone);
		if (days <= DAYS_PER_QUERY) {
			addDays(workspaceId, zone, from, to, totals);
			return;
		}
		long messages = this.aggregation
			.count(CountQuery.totals(workspaceId, List.of(MESSAGES), DASHBOARD_ROOMS, from, to))
			.total(MESSAGES);
		if (messages == 0) {
			return;
		}
		Instant middle = TimeBucketer
			.startOfDay(TimeBucketer.localDate(TimeBucketer.plusLocalDays(from, days / 2, zone), zone), zone);
		addRange(workspaceId, zone, from, middle, totals);
		addRange(workspaceId, zone, middle, to, totals);
	}

	private void addDays(String workspaceId, ZoneId zone, Instant from, Instant to,
			NavigableMap<LocalDate, Long> totals) {
		Counts days = countDays(workspaceId, zone, from, to);
		List<TimeInterval> buckets = days.buckets();
		for (int i = 0; i < buckets.size(); i++) {
			long messages = days.count(MESSAGES, i);
			if (messages != 0) {
				totals.merge(TimeBucketer.localDate(buckets.get(i).start(), zone), messages, Long::sum);
			}
		}
	}

	private Counts countDays(String workspaceId, ZoneId zone, Instant from, Instant to) {
		return this.aggregation.count(new CountQuery(workspaceId, List.of(MESSAGES), DASHBOARD_ROOMS, from, to,
				Bucketing.of(BucketUnit.DAY, zone), Dimension.NONE));
	}

}
