package dev.statsemulator.aggregation;

import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

import dev.statsemulator.answercache.AnswerCache;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.CountRow;
import dev.statsemulator.eventstore.CountStore;
import dev.statsemulator.eventstore.Granularity;
import dev.statsemulator.eventstore.LocalDays;
import dev.statsemulator.eventstore.Metric;

import org.springframework.stereotype.Service;

/**
 * The one aggregation service every API reads its numbers from.
 * <p>
 * It cuts the range into calendar buckets ({@link TimeBucketer}), covers each bucket with
 * the largest stored slots that fit inside it (UTC hours, then quarter hours for :30 and
 * :45 zones), and counts the events themselves only in the slivers that are not
 * quarter-hour aligned (arbitrary millisecond ranges). So a query reads O(buckets) rows,
 * never O(events), and the answer is exact.
 * <p>
 * Answers are kept in the answer cache under the workspace's write version: the same
 * query asked again before the next write to the workspace is answered from memory. The
 * query is the key, with its range resolved to instants, so a moved clock asks another
 * query.
 */
@Service
public class AggregationService {

	/** The most buckets one query may ask for. */
	public static final int MAX_BUCKETS = 100_000;

	/** The most UTC years whose days one query can count (a year has up to 366 days). */
	public static final int MAX_YEARS_OF_DAYS = MAX_BUCKETS / 366;

	/** The most UTC days whose hours one query can count (a UTC day has 24 hours). */
	public static final int MAX_DAYS_OF_HOURS = MAX_BUCKETS / 24;

	/**
	 * Above this many separate runs of one slot size, read the whole span once and filter
	 * here.
	 */
	private static final int MAX_RANGES_PER_READ = 64;

	/**
	 * Shorter than any local day of any zone: the tz database's shortest day since 1850
	 * is 14 hours long; a day clocks go forward is 23.
	 */
	private static final long SHORTER_THAN_ANY_DAY = 12 * 3_600_000L;

	private final CountStore store;

	private final LocalDays localDays;

	private final AnswerCache answers;

	AggregationService(CountStore store, LocalDays localDays, AnswerCache answers) {
		this.store = store;
		this.localDays = localDays;
		this.answers = answers;
	}

	/**
	 * The buckets of a bucketed query in which any of its metrics counts an event, oldest
	 * first.
	 */
	public List<TimeInterval> activeBuckets(CountQuery query) {
		Counts counts = count(query);
		List<TimeInterval> active = new ArrayList<>();
		for (int bucket = 0; bucket < counts.buckets().size(); bucket++) {
			int index = bucket;
			if (query.metrics().stream().anyMatch((metric) -> counts.count(metric, index) > 0)) {
				active.add(counts.buckets().get(bucket));
			}
		}
		return active;
	}

	/**
	 * Spans of whole UTC hours that together hold every hour with an event of the metrics
	 * between {@code first} and {@code last}, however far apart, each short enough to be
	 * counted per hour in one query ({@link #MAX_DAYS_OF_HOURS}): the active hours of a
	 * series, found at a cost that follows its active days, not its length.
	 */
	public List<TimeInterval> activeHourSpans(String workspaceId, List<Metric> metrics, CountFilter filter,
			Instant first, Instant last) {
		return ActiveSpans.ofHours(this, workspaceId, metrics, filter, first, last);
	}

	/**
	 * @throws IllegalArgumentException when the query asks for more than
	 * {@link #MAX_BUCKETS} buckets
	 */
	public Counts count(CountQuery query) {
		if (this.answers.enabled() && query.bucketing() == null && query.to().isAfter(query.from())) {
			// Totals up to a time after the latest event (such as "until now") count the
			// same as totals up to just after it: one answer, whatever the time.
			OptionalLong latest = this.store.latestEventMillis(query.workspaceId());
			long to = query.to().toEpochMilli();
			long end = latest.isPresent() ? endAfter(latest.getAsLong(), to) : Long.MIN_VALUE;
			if (end < to) {
				List<TimeInterval> asked = List.of(new TimeInterval(query.from(), query.to()));
				if (end <= query.from().toEpochMilli()) {
					return new Counts(asked);
				}
				return cached(CountQuery
					.totals(query.workspaceId(), query.metrics(), query.filter(), query.from(),
							Instant.ofEpochMilli(end))
					.groupedBy(query.groupBy())).inBuckets(asked);
			}
		}
		return cached(query);
	}

	/**
	 * The coarsest end after {@code latest} and before {@code to} that a count reads
	 * cheaply: the end of latest's UTC hour, else of its quarter hour, else the
	 * millisecond after it ({@code to} when none is before it).
	 */
	private static long endAfter(long latest, long to) {
		for (long end : new long[] { Granularity.HOUR.floor(latest) + Granularity.HOUR.millis(),
				Granularity.QUARTER_HOUR.floor(latest) + Granularity.QUARTER_HOUR.millis(), latest + 1 }) {
			if (end < to) {
				return end;
			}
		}
		return to;
	}

	private Counts cached(CountQuery query) {
		return this.answers.get(query.workspaceId(), query, () -> read(query), Counts::estimatedBytes);
	}

	/** Reads the answer to a query from the store. */
	private Counts read(CountQuery query) {
		List<TimeInterval> buckets = (query.bucketing() != null)
				? TimeBucketer.buckets(query.from(), query.to(), query.bucketing().unit(), query.bucketing().zone(),
						query.bucketing().firstDayOfWeek(), MAX_BUCKETS)
				: (query.to().isAfter(query.from()) ? List.of(new TimeInterval(query.from(), query.to())) : List.of());
		Counts counts = new Counts(buckets);
		if (buckets.isEmpty() || query.metrics().isEmpty()) {
			return counts;
		}
		long[] edges = new long[buckets.size() + 1];
		for (int i = 0; i < buckets.size(); i++) {
			edges[i] = buckets.get(i).start().toEpochMilli();
		}
		edges[buckets.size()] = buckets.get(buckets.size() - 1).end().toEpochMilli();

		// Day buckets exist in one zone per workspace; they serve whole local days of
		// that zone. No local day fits in a bucket of a few hours: then the zone is not
		// needed.
		long longest = 0;
		for (int i = 0; i + 1 < edges.length; i++) {
			longest = Math.max(longest, edges[i + 1] - edges[i]);
		}
		Cover cover = ((longest < SHORTER_THAN_ANY_DAY) ? Optional.<ZoneId>empty()
				: this.store.dayRollupZone(query.workspaceId()))
			.map((zone) -> Cover.of(edges, (millis) -> this.localDays.dayAt(millis, zone),
					TimeBucketer.quarterHourAlignedSince(zone)))
			.orElseGet(() -> Cover.of(edges));
		Function<String, Metric> metrics = metricsByCode(query.metrics());
		Map<Granularity, List<long[]>> reads = new EnumMap<>(Granularity.class);
		cover.runs.forEach((granularity, runs) -> {
			if (!runs.isEmpty()) {
				reads.put(granularity, (runs.size() <= MAX_RANGES_PER_READ) ? runs
						: List.of(new long[] { runs.get(0)[0], runs.get(runs.size() - 1)[1] }));
			}
		});
		if (!reads.isEmpty()) {
			this.store.readBuckets(query.workspaceId(), reads, query.metrics(), query.filter(), query.groupBy())
				.forEach((granularity, rows) -> {
					List<long[]> runs = cover.runs.get(granularity);
					for (CountRow row : rows) {
						if (inRuns(runs, row.time())) {
							counts.add(metrics.apply(row.metric()), row.group(), bucketOf(edges, row.time()),
									row.count(), row.sum());
						}
					}
				});
		}
		for (CountRow row : this.store.readExact(query.workspaceId(), query.metrics(), query.filter(), query.groupBy(),
				cover.exact)) {
			counts.add(metrics.apply(row.metric()), row.group(), bucketOf(edges, row.time()), row.count(), row.sum());
		}
		return counts;
	}

	private static Function<String, Metric> metricsByCode(List<Metric> metrics) {
		Map<String, Metric> byCode = new java.util.HashMap<>();
		metrics.forEach((metric) -> byCode.put(metric.code(), metric));
		return byCode::get;
	}

	/** The bucket whose [start, end) holds {@code time}. */
	private static int bucketOf(long[] edges, long time) {
		int index = Arrays.binarySearch(edges, time);
		return (index >= 0) ? index : -index - 2;
	}

	private static boolean inRuns(List<long[]> runs, long time) {
		int low = 0;
		int high = runs.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			long[] run = runs.get(mid);
			if (time < run[0]) {
				high = mid - 1;
			}
			else if (time >= run[1]) {
				low = mid + 1;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/**
	 * How the buckets are covered: merged runs of whole stored slots per granularity
	 * (local days of the day-bucket zone, UTC hours, UTC quarter hours), and the exact
	 * slivers left at edges that are not quarter-hour aligned.
	 */
	record Cover(Map<Granularity, List<long[]>> runs, List<long[]> exact) {

		/** A cover without day buckets. */
		static Cover of(long[] edges) {
			return of(edges, null, Instant.MAX);
		}

		/**
		 * @param edges bucket edges in epoch ms
		 * @param dayAt the day-bucket zone's local day holding an instant, or null when
		 * the workspace has no day buckets
		 * @param alignedSince from when every local day of that zone starts and ends on a
		 * quarter hour (rebuilt day buckets are exact only for such days)
		 */
		static Cover of(long[] edges, LongFunction<LocalDays.Day> dayAt, Instant alignedSince) {
			Cover cover = new Cover(new EnumMap<>(Granularity.class), new ArrayList<>());
			for (Granularity granularity : Granularity.values()) {
				cover.runs.put(granularity, new ArrayList<>());
			}
			long daysFrom = alignedSince.equals(Instant.MIN) ? Long.MIN_VALUE
					: alignedSince.equals(Instant.MAX) ? Long.MAX_VALUE : alignedSince.toEpochMilli();
			for (int i = 0; i + 1 < edges.length; i++) {
				long start = edges[i];
				long end = edges[i + 1];
				long cursor = start;
				long from = Math.max(start, daysFrom);
				if (dayAt != null && from < end) {
					// The whole local days inside [from, end): one run, however long.
					LocalDays.Day first = dayAt.apply(from);
					long firstStart = (first.start() == from) ? from : first.end();
					LocalDays.Day last = dayAt.apply(end - 1);
					long lastEnd = (last.end() == end) ? end : last.start();
					if (firstStart < lastEnd) {
						cover.belowDay(cursor, firstStart);
						append(cover.runs.get(Granularity.LOCAL_DAY), firstStart, lastEnd);
						cursor = lastEnd;
					}
				}
				cover.belowDay(cursor, end);
			}
			return cover;
		}

		/**
		 * Covers {@code [start, end)} with UTC hours, quarter hours and exact slivers.
		 */
		private void belowDay(long start, long end) {
			if (start >= end) {
				return;
			}
			long quarterStart = Granularity.QUARTER_HOUR.ceil(start);
			long quarterEnd = Granularity.QUARTER_HOUR.floor(end);
			if (quarterStart >= quarterEnd) {
				append(this.exact, start, end);
				return;
			}
			append(this.exact, start, quarterStart);
			long hourStart = Granularity.HOUR.ceil(quarterStart);
			long hourEnd = Granularity.HOUR.floor(quarterEnd);
			List<long[]> quarters = this.runs.get(Granularity.QUARTER_HOUR);
			if (hourStart >= hourEnd) {
				append(quarters, quarterStart, quarterEnd);
			}
			else {
				append(quarters, quarterStart, hourStart);
				append(this.runs.get(Granularity.HOUR), hourStart, hourEnd);
				append(quarters, hourEnd, quarterEnd);
			}
			append(this.exact, quarterEnd, end);
		}

		/**
		 * Adds {@code [start, end)}, merging it into the previous run when they touch.
		 */
		private static void append(List<long[]> runs, long start, long end) {
			if (start >= end) {
				return;
			}
			if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == start) {
				runs.get(runs.size() - 1)[1] = end;
			}
			else {
				runs.add(new long[] { start, end });
			}
		}

	}

}
