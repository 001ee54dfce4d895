package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.statsemulator.eventstore.Granularity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link TimeBucketer} and of the slot cover of
 * {@link AggregationService.Cover}, over instants in 1950..2150, exotic and random time
 * zones, every {@link BucketUnit} and every first day of the week.
 * <p>
 * The calendar unit an instant belongs to is computed independently here
 * ({@link #calendarKey}) straight from its local date and time, so the bucket edges are
 * checked against a second, simpler definition.
 */
class TimeBucketerProperties {

	private static final long MINUTE = 60_000L;

	private static final long QUARTER = 15 * MINUTE;

	private static final long HOUR = 60 * MINUTE;

	private static final long DAY = 24 * HOUR;

	private static final long YEAR = 366 * DAY;

	private static final Instant MIN = Instant.parse("1950-01-01T00:00:00Z");

	private static final Instant MAX = Instant.parse("2150-01-01T00:00:00Z");

	private static final int MAX_BUCKETS = 1_000_000;

	/** Zones with :30 and :45 offsets, half-hour DST, skipped midnights and days. */
	private static final List<String> EXOTIC_ZONES = List.of("UTC", "Europe/Athens", "America/New_York",
			"Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Eucla", "Pacific/Chatham",
			"America/St_Johns", "America/Sao_Paulo", "Asia/Beirut", "America/Havana", "Pacific/Apia",
			"Pacific/Kiritimati", "Pacific/Marquesas", "Asia/Tehran", "Australia/Adelaide", "America/Caracas",
			"Antarctica/Troll", "Europe/London", "Africa/Casablanca", "America/Santiago", "Asia/Gaza");

	private static final List<String> ALL_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private static final Map<ZoneId, List<ZoneOffsetTransition>> TRANSITIONS = new ConcurrentHashMap<>();

	record Range(ZoneId zone, BucketUnit unit, DayOfWeek firstDayOfWeek, Instant from, Instant to) {

		List<Instant> edges() {
			return TimeBucketer.edges(this.from, this.to, this.unit, this.zone, this.firstDayOfWeek, MAX_BUCKETS);
		}

		List<TimeInterval> buckets() {
			return TimeBucketer.buckets(this.from, this.to, this.unit, this.zone, this.firstDayOfWeek, MAX_BUCKETS);
		}

		Object key(Instant instant) {
			return calendarKey(instant, this.unit, this.zone, this.firstDayOfWeek);
		}

		@Override
		public String toString() {
			return this.unit + " " + this.zone + " " + this.firstDayOfWeek + " [" + this.from + " "
					+ this.from.atZone(this.zone).toLocalDateTime() + ", " + this.to + " "
					+ this.to.atZone(this.zone).toLocalDateTime() + ")";
		}

	}

	record Probe(ZoneId zone, BucketUnit unit, DayOfWeek firstDayOfWeek, Instant instant) {

		@Override
		public String toString() {
			return this.unit + " " + this.zone + " " + this.firstDayOfWeek + " " + this.instant + " "
					+ this.instant.atZone(this.zone);
		}

	}

	// ---------------------------------------------------------------- bucket edges

	@Property(tries = 300)
	void bucketsPartitionTheRange(@ForAll("ranges") Range range) {
		List<Instant> edges = range.edges();
		List<TimeInterval> buckets = range.buckets();
		assertThat(edges).first().isEqualTo(range.from());
		assertThat(edges).last().isEqualTo(range.to());
		if (range.from().equals(range.to())) {
			assertThat(edges).hasSize(1);
			assertThat(buckets).isEmpty();
			return;
		}
		assertThat(buckets).hasSize(edges.size() - 1);
		assertThat(buckets.get(0).start()).isEqualTo(range.from());
		assertThat(buckets.get(buckets.size() - 1).end()).isEqualTo(range.to());
		for (int i = 0; i < buckets.size(); i++) {
			TimeInterval bucket = buckets.get(i);
			assertThat(bucket.start()).as("bucket %d", i).isBefore(bucket.end());
			assertThat(bucket.start()).isEqualTo(edges.get(i));
			assertThat(bucket.end()).isEqualTo(edges.get(i + 1));
			if (i > 0) {
				assertThat(bucket.start()).as("bucket %d", i).isEqualTo(buckets.get(i - 1).end());
			}
		}
	}

	@Property(tries = 300)
	void interiorEdgesAreUnitStartsOneAfterTheOther(@ForAll("ranges") Range range) {
		List<Instant> edges = range.edges();
		for (int i = 1; i < edges.size() - 1; i++) {
			Instant edge = edges.get(i);
			assertThat(TimeBucketer.unitStart(edge, range.unit(), range.zone(), range.firstDayOfWeek()))
				.as("unit start of edge %d %s", i, edge)
				.isEqualTo(edge);
		}
		for (int i = 0; i < edges.size() - 2; i++) {
			assertThat(TimeBucketer.nextUnitStart(edges.get(i), range.unit(), range.zone(), range.firstDayOfWeek()))
				.as("next unit start after edge %d %s", i, edges.get(i))
				.isEqualTo(edges.get(i + 1));
		}
		if (edges.size() == 2) {
			// no unit starts strictly inside the range
			assertThat(TimeBucketer.nextUnitStart(range.from(), range.unit(), range.zone(), range.firstDayOfWeek()))
				.isAfterOrEqualTo(range.to());
		}
	}

	@Property(tries = 300)
	void everyBucketLiesWithinOneCalendarUnit(@ForAll("ranges") Range range) {
		for (TimeInterval bucket : range.buckets()) {
			Instant last = bucket.end().minusMillis(1);
			assertThat(TimeBucketer.unitStart(last, range.unit(), range.zone(), range.firstDayOfWeek()))
				.as("%s", bucket)
				.isEqualTo(TimeBucketer.unitStart(bucket.start(), range.unit(), range.zone(), range.firstDayOfWeek()));
			// independently: the local calendar unit is the same at both ends
			assertThat(range.key(last)).as("%s", bucket).isEqualTo(range.key(bucket.start()));
			assertThat(Duration.between(bucket.start(), bucket.end())).as("%s", bucket)
				.isLessThanOrEqualTo(longestUnit(range.unit()));
		}
	}

	@Property(tries = 300)
	void theLocalCalendarUnitChangesAtEveryInteriorEdge(@ForAll("ranges") Range range) {
		List<Instant> edges = range.edges();
		for (int i = 1; i < edges.size() - 1; i++) {
			Instant edge = edges.get(i);
			Object before = range.key(edge.minusMillis(1));
			Object after = range.key(edge);
			assertThat(after).as("calendar unit at edge %d %s", i, edge).isNotEqualTo(before);
			if (after instanceof LocalDate date) {
				assertThat(date).as("calendar units run forward at edge %s", edge).isAfter((LocalDate) before);
			}
		}
	}

	@Property(tries = 300)
	void unitAtContainsTheInstant(@ForAll("probes") Probe probe) {
		Instant instant = probe.instant();
		Instant start = TimeBucketer.unitStart(instant, probe.unit(), probe.zone(), probe.firstDayOfWeek());
		Instant next = TimeBucketer.nextUnitStart(instant, probe.unit(), probe.zone(), probe.firstDayOfWeek());
		TimeInterval unit = TimeBucketer.unitAt(instant, probe.unit(), probe.zone(), probe.firstDayOfWeek());
		assertThat(start).isBeforeOrEqualTo(instant);
		assertThat(next).isAfter(instant);
		assertThat(unit).isEqualTo(new TimeInterval(start, next));
		assertThat(unit.contains(instant)).isTrue();
		assertThat(TimeBucketer.unitStart(start, probe.unit(), probe.zone(), probe.firstDayOfWeek())).isEqualTo(start);
		assertThat(TimeBucketer.unitStart(next, probe.unit(), probe.zone(), probe.firstDayOfWeek())).isEqualTo(next);
		assertThat(TimeBucketer.nextUnitStart(start, probe.unit(), probe.zone(), probe.firstDayOfWeek()))
			.isEqualTo(next);
		Object key = calendarKey(instant, probe.unit(), probe.zone(), probe.firstDayOfWeek());
		assertThat(calendarKey(start, probe.unit(), probe.zone(), probe.firstDayOfWeek())).isEqualTo(key);
		assertThat(calendarKey(next.minusMillis(1), probe.unit(), probe.zone(), probe.firstDayOfWeek())).isEqualTo(key);
		assertThat(calendarKey(start.minusMillis(1), probe.unit(), probe.zone(), probe.firstDayOfWeek()))
			.isNotEqualTo(key);
		assertThat(calendarKey(next, probe.unit(), probe.zone(), probe.firstDayOfWeek())).isNotEqualTo(key);
	}

	@Property(tries = 300)
	void wholeDaysBetweenIsTheTruncatedLocalDifference(@ForAll("probes") Probe start, @ForAll("offsets") long offset) {
		Instant end = start.instant().plusMillis(offset);
		ZoneId zone = start.zone();
		// moment.js: (local wall clock difference in ms) / 864e5, truncated towards zero
		long wallClock = start.instant().until(end, ChronoUnit.MILLIS) + (end.atZone(zone).getOffset().getTotalSeconds()
				- start.instant().atZone(zone).getOffset().getTotalSeconds()) * 1000L;
		assertThat(TimeBucketer.wholeDaysBetween(start.instant(), end, zone)).isEqualTo(wallClock / DAY);
		assertThat(TimeBucketer.wholeDaysBetween(end, start.instant(), zone)).isEqualTo(-(wallClock / DAY));
	}

	/**
	 * Regression, see {@link #nearIrregularChange}: hour units around DST changes that
	 * are not whole hours on a full local hour (Lord Howe, Chatham, historical LMT
	 * changes...).
	 */
	@Property(tries = 100)
	void hourBucketsAroundIrregularTransitions(@ForAll("irregularHourRanges") Range range) {
		List<Instant> edges = range.edges();
		for (int i = 1; i < edges.size() - 1; i++) {
			assertThat(TimeBucketer.unitStart(edges.get(i), range.unit(), range.zone(), range.firstDayOfWeek()))
				.isEqualTo(edges.get(i));
		}
		for (TimeInterval bucket : range.buckets()) {
			assertThat(Duration.between(bucket.start(), bucket.end())).as("%s", bucket)
				.isLessThanOrEqualTo(longestUnit(range.unit()));
			assertThat(TimeBucketer.unitStart(bucket.end().minusMillis(1), range.unit(), range.zone(),
					range.firstDayOfWeek()))
				.as("%s", bucket)
				.isEqualTo(TimeBucketer.unitStart(bucket.start(), range.unit(), range.zone(), range.firstDayOfWeek()));
		}
	}

	/**
	 * Regression, see {@link #nearIrregularChange}: after the clocks went back across
	 * midnight, the local date is the previous one again, and {@code unitStart} returns
	 * the start of that previous day although the current day has already started: e.g.
	 * {@code unitAt(2010-11-07T03:00Z, DAY, America/St_Johns)} is
	 * {@code [2010-11-06T02:30Z, 2010-11-07T02:30Z)}.
	 */
	@Property(tries = 100)
	void unitAtAfterClocksWentBackAcrossMidnight(@ForAll("clocksBackAcrossMidnight") Probe probe) {
		TimeInterval unit = TimeBucketer.unitAt(probe.instant(), probe.unit(), probe.zone(), probe.firstDayOfWeek());
		assertThat(unit.contains(probe.instant())).as("%s contains %s", unit, probe).isTrue();
		List<Instant> edges = TimeBucketer.edges(unit.start(), unit.end(), probe.unit(), probe.zone(),
				probe.firstDayOfWeek(), MAX_BUCKETS);
		assertThat(edges).containsExactly(unit.start(), unit.end());
	}

	// ---------------------------------------------------------------- slot cover

	@Property(tries = 300)
	void coverOfCalendarBucketsIsExact(@ForAll("ranges") Range range) {
		long[] edges = range.edges().stream().mapToLong(Instant::toEpochMilli).toArray();
		assertCoverIsExact(edges);
	}

	@Property(tries = 500)
	void coverOfArbitraryEdgesIsExact(@ForAll("edgeArrays") long[] edges) {
		assertCoverIsExact(edges);
	}

	private record Piece(String kind, long start, long end) {

		@Override
		public String toString() {
			return this.kind + "[" + Instant.ofEpochMilli(this.start) + ", " + Instant.ofEpochMilli(this.end) + ")";
		}

	}

	private static void assertCoverIsExact(long[] edges) {
		AggregationService.Cover cover = AggregationService.Cover.of(edges);
		List<Piece> pieces = new ArrayList<>();
		for (Granularity granularity : Granularity.values()) {
			List<long[]> runs = cover.runs().get(granularity);
			assertThat(runs).as("runs of %s", granularity).isNotNull();
			long slot = granularity.minutes() * MINUTE;
			for (int i = 0; i < runs.size(); i++) {
				long[] run = runs.get(i);
				Piece piece = new Piece(granularity.name(), run[0], run[1]);
				assertThat(run[0]).as("%s", piece).isLessThan(run[1]);
				assertThat(Math.floorMod(run[0], slot)).as("start of %s", piece).isZero();
				assertThat(Math.floorMod(run[1], slot)).as("end of %s", piece).isZero();
				if (i > 0) {
					// sorted and merged: runs of one size neither overlap nor touch
					assertThat(runs.get(i - 1)[1]).as("%s after its predecessor", piece).isLessThan(run[0]);
				}
				pieces.add(piece);
			}
		}
		for (long[] sliver : cover.exact()) {
			Piece piece = new Piece("EXACT", sliver[0], sliver[1]);
			assertThat(sliver[0]).as("%s", piece).isLessThan(sliver[1]);
			pieces.add(piece);
		}
		pieces.sort(Comparator.comparingLong(Piece::start));
		if (edges.length < 2) {
			assertThat(pieces).isEmpty();
			return;
		}
		// the pieces tile [edges[0], edges[last]): no gap, no overlap
		assertThat(pieces).isNotEmpty();
		assertThat(pieces.get(0).start()).as("first piece %s", pieces.get(0)).isEqualTo(edges[0]);
		for (int i = 1; i < pieces.size(); i++) {
			assertThat(pieces.get(i).start()).as("%s after %s", pieces.get(i), pieces.get(i - 1))
				.isEqualTo(pieces.get(i - 1).end());
		}
		assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(edges[edges.length - 1]);

		// every stored slot lies inside one bucket, and each bucket uses the largest
		// slots that fit: quarter hours only within an hour of its ends, exact slivers
		// only before its first and after its last quarter-hour boundary
		int p = 0;
		for (int b = 0; b + 1 < edges.length; b++) {
			long start = edges[b];
			long end = edges[b + 1];
			while (pieces.get(p).end() <= start) {
				p++;
			}
			long exactLeft = 0;
			long exactRight = 0;
			for (int q = p; q < pieces.size() && pieces.get(q).start() < end; q++) {
				Piece piece = pieces.get(q);
				long from = Math.max(piece.start(), start);
				long to = Math.min(piece.end(), end);
				switch (piece.kind()) {
					case "HOUR" -> {
						assertThat(piece.start() >= start || Math.floorMod(start, HOUR) == 0)
							.as("%s straddles bucket start %s", piece, Instant.ofEpochMilli(start))
							.isTrue();
						assertThat(piece.end() <= end || Math.floorMod(end, HOUR) == 0)
							.as("%s straddles bucket end %s", piece, Instant.ofEpochMilli(end))
							.isTrue();
					}
					case "QUARTER_HOUR" -> {
						assertThat(piece.start() >= start || Math.floorMod(start, QUARTER) == 0)
							.as("%s straddles bucket start %s", piece, Instant.ofEpochMilli(start))
							.isTrue();
						assertThat(piece.end() <= end || Math.floorMod(end, QUARTER) == 0)
							.as("%s straddles bucket end %s", piece, Instant.ofEpochMilli(end))
							.isTrue();
						assertThat(within(from, to, start, ceil(start, HOUR), floor(end, HOUR), end))
							.as("%s where whole hours fit in bucket %d", piece, b)
							.isTrue();
					}
					default -> {
						assertThat(within(from, to, start, ceil(start, QUARTER), floor(end, QUARTER), end))
							.as("%s where whole quarter hours fit in bucket %d", piece, b)
							.isTrue();
						if (ceil(start, QUARTER) < floor(end, QUARTER)) {
							if (to <= ceil(start, QUARTER)) {
								exactLeft += to - from;
							}
							else {
								exactRight += to - from;
							}
						}
					}
				}
			}
			assertThat(exactLeft).as("exact at the start of bucket %d", b).isLessThan(QUARTER);
			assertThat(exactRight).as("exact at the end of bucket %d", b).isLessThan(QUARTER);
		}
	}

	/** Whether [from, to) lies within [start, left) or within [right, end). */
	private static boolean within(long from, long to, long start, long left, long right, long end) {
		if (left >= right) {
			return from >= start && to <= end;
		}
		return (from >= start && to <= left) || (from >= right && to <= end);
	}

	private static long floor(long millis, long slot) {
		return millis - Math.floorMod(millis, slot);
	}

	private static long ceil(long millis, long slot) {
		long floor = floor(millis, slot);
		return (floor == millis) ? millis : floor + slot;
	}

	// ---------------------------------------------------------------- the oracle

	/**
	 * The calendar unit of {@code instant}, from its local date and time alone. For hours
	 * the offset is part of the key, so a repeated local hour is a unit of its own.
	 */
	static Object calendarKey(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		ZonedDateTime local = instant.atZone(zone);
		LocalDate date = local.toLocalDate();
		return switch (unit) {
			case HOUR -> List.of(local.toLocalDateTime().truncatedTo(ChronoUnit.HOURS), local.getOffset());
			case DAY -> date;
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	private static Duration longestUnit(BucketUnit unit) {
		return switch (unit) {
			case HOUR -> Duration.ofHours(2);
			case DAY -> Duration.ofHours(48);
			case WEEK -> Duration.ofDays(8);
			case MONTH -> Duration.ofDays(32);
			case YEAR -> Duration.ofDays(367);
		};
	}

	/**
	 * Whether a range touches one of the irregular cases that once broke
	 * {@link TimeBucketer} and that the generators below seek out: HOUR units around
	 * offset changes that are not whole hours or not on a full local hour (Lord Howe,
	 * Chatham, Newfoundland before 2011, ...), and date units just after the clocks went
	 * back across midnight (Newfoundland's 00:01 DST end until 2010, Casey 2010).
	 */
	private static boolean nearIrregularChange(Range range) {
		return nearIrregularChange(range.unit(), range.zone(), range.from(),
				range.to().isAfter(range.from()) ? range.to().minusMillis(1) : range.to());
	}

	private static boolean nearIrregularChange(BucketUnit unit, ZoneId zone, Instant first, Instant last) {
		if (unit == BucketUnit.HOUR) {
			return nearIrregularTransition(zone, first, last);
		}
		return afterClocksWentBackAcrossMidnight(zone, first) || afterClocksWentBackAcrossMidnight(zone, last);
	}

	/**
	 * Whether {@code instant} is within a transition's overlap that turned the clocks
	 * back to the previous local date: its local date is before that of the midnight that
	 * already passed.
	 */
	static boolean afterClocksWentBackAcrossMidnight(ZoneId zone, Instant instant) {
		ZoneOffsetTransition transition = zone.getRules().previousTransition(instant.plusMillis(1));
		return transition != null && transition.isOverlap()
				&& transition.getDateTimeAfter().toLocalDate().isBefore(transition.getDateTimeBefore().toLocalDate())
				&& instant.isBefore(transition.getInstant().plus(transition.getDuration().negated()));
	}

	private static boolean nearIrregularTransition(ZoneId zone, Instant from, Instant to) {
		Instant low = from.minus(Duration.ofDays(2));
		Instant high = to.plus(Duration.ofDays(2));
		return transitions(zone).stream()
			.anyMatch((transition) -> irregular(transition) && !transition.getInstant().isBefore(low)
					&& transition.getInstant().isBefore(high));
	}

	private static boolean irregular(ZoneOffsetTransition transition) {
		return !onFullHour(transition.getDateTimeBefore()) || !onFullHour(transition.getDateTimeAfter())
				|| transition.getDuration().toMillis() % HOUR != 0;
	}

	private static boolean onFullHour(LocalDateTime time) {
		return time.getMinute() == 0 && time.getSecond() == 0 && time.getNano() == 0;
	}

	private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
		return TRANSITIONS.computeIfAbsent(zone, (id) -> {
			List<ZoneOffsetTransition> transitions = new ArrayList<>();
			ZoneOffsetTransition transition = id.getRules().nextTransition(MIN.minus(Duration.ofDays(10)));
			while (transition != null && transition.getInstant().isBefore(MAX.plus(Duration.ofDays(10)))) {
				transitions.add(transition);
				transition = id.getRules().nextTransition(transition.getInstant());
			}
			return List.copyOf(transitions);
		});
	}

	// ---------------------------------------------------------------- generators

	@Provide
	Arbitrary<Range> ranges() {
		return Combinators.combine(zones(), Arbitraries.of(BucketUnit.class), Arbitraries.of(DayOfWeek.class))
			.flatAs((zone, unit, firstDayOfWeek) -> Combinators.combine(instants(zone), lengths(unit), snaps())
				.as((from, length, snap) -> new Range(zone, unit, firstDayOfWeek, from,
						end(from, length, snap, zone))));
	}

	@Provide
	Arbitrary<Range> irregularHourRanges() {
		List<String> zones = List.of("Australia/Lord_Howe", "Pacific/Chatham", "America/Caracas", "Asia/Kathmandu");
		return Combinators.combine(Arbitraries.of(zones).map(ZoneId::of), Arbitraries.of(DayOfWeek.class))
			.flatAs((zone, firstDayOfWeek) -> Combinators
				.combine(nearTransition(zone), Arbitraries.longs().between(0, 3 * DAY))
				.as((from, length) -> new Range(zone, BucketUnit.HOUR, firstDayOfWeek, from, from.plusMillis(length))))
			.filter(TimeBucketerProperties::nearIrregularChange);
	}

	@Provide
	Arbitrary<Probe> clocksBackAcrossMidnight() {
		List<Tuple.Tuple2<ZoneId, ZoneOffsetTransition>> overlaps = Stream
			.of("America/St_Johns", "America/Goose_Bay", "America/Moncton", "Antarctica/Casey", "Pacific/Guam")
			.map(ZoneId::of)
			.flatMap((zone) -> transitions(zone).stream()
				.filter((transition) -> transition.isOverlap() && transition.getDateTimeAfter()
					.toLocalDate()
					.isBefore(transition.getDateTimeBefore().toLocalDate()))
				.map((transition) -> Tuple.of(zone, transition)))
			.toList();
		return Combinators.combine(Arbitraries.of(overlaps), Arbitraries.of(DayOfWeek.class))
			.flatAs((overlap, firstDayOfWeek) -> Arbitraries.longs()
				.between(0, overlap.get2().getDuration().negated().toMillis() - 1)
				.map((millis) -> new Probe(overlap.get1(), BucketUnit.DAY, firstDayOfWeek,
						overlap.get2().getInstant().plusMillis(millis))));
	}

	@Provide
	Arbitrary<Probe> probes() {
		return Combinators.combine(zones(), Arbitraries.of(BucketUnit.class), Arbitraries.of(DayOfWeek.class))
			.flatAs((zone, unit, firstDayOfWeek) -> instants(zone)
				.map((instant) -> new Probe(zone, unit, firstDayOfWeek, instant)));
	}

	@Provide
	Arbitrary<Long> offsets() {
		return Arbitraries.oneOf(Arbitraries.longs().between(-3 * DAY, 3 * DAY),
				Arbitraries.longs().between(-400 * DAY, 400 * DAY), Arbitraries.of(0L, 1L, -1L, DAY, -DAY, DAY - 1,
						1 - DAY, DAY + 1, 23 * HOUR, 25 * HOUR, -23 * HOUR, -25 * HOUR));
	}

	@Provide
	Arbitrary<long[]> edgeArrays() {
		Arbitrary<Long> first = Arbitraries.oneOf(Arbitraries.longs().between(MIN.toEpochMilli(), MAX.toEpochMilli()),
				Arbitraries.longs()
					.between(MIN.toEpochMilli() / QUARTER, MAX.toEpochMilli() / QUARTER)
					.map((q) -> q * QUARTER),
				Arbitraries.longs()
					.between(MIN.toEpochMilli() / MINUTE, MAX.toEpochMilli() / MINUTE)
					.map((m) -> m * MINUTE));
		Arbitrary<Long> step = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(1, QUARTER)),
				Tuple.of(3, Arbitraries.longs().between(QUARTER, 3 * HOUR)),
				Tuple.of(2, Arbitraries.longs().between(3 * HOUR, 10 * DAY)),
				Tuple.of(2, Arbitraries.longs().between(1, 12).map((q) -> q * QUARTER)),
				Tuple.of(2, Arbitraries.longs().between(1, 48).map((h) -> h * HOUR)),
				Tuple.of(1, Arbitraries.longs().between(1, 48).map((m) -> m * MINUTE)));
		return Combinators.combine(first, step.list().ofMaxSize(40)).as((start, steps) -> {
			long[] edges = new long[steps.size() + 1];
			edges[0] = start;
			for (int i = 0; i < steps.size(); i++) {
				edges[i + 1] = edges[i] + steps.get(i);
			}
			return edges;
		});
	}

	private static Arbitrary<ZoneId> zones() {
		return Arbitraries.oneOf(Arbitraries.of(EXOTIC_ZONES), Arbitraries.of(ALL_ZONES)).map(ZoneId::of);
	}

	/**
	 * Instants in 1950..2150: anywhere, near the zone's transitions, or on local hours.
	 */
	private static Arbitrary<Instant> instants(ZoneId zone) {
		return Arbitraries.frequencyOf(Tuple.of(3, anyInstant()), Tuple.of(4, nearTransition(zone)),
				Tuple.of(3, localAligned(zone)));
	}

	private static Arbitrary<Instant> anyInstant() {
		Arbitrary<Long> millis = Arbitraries.longs().between(MIN.toEpochMilli(), MAX.toEpochMilli() - 1);
		return Combinators.combine(millis, Arbitraries.of(1L, 1L, MINUTE, QUARTER, HOUR))
			.as((instant, unit) -> Instant.ofEpochMilli(floor(instant, unit)));
	}

	private static Arbitrary<Instant> nearTransition(ZoneId zone) {
		List<ZoneOffsetTransition> transitions = transitions(zone).stream()
			.filter((transition) -> transition.getInstant().isAfter(MIN.plus(Duration.ofDays(5)))
					&& transition.getInstant().isBefore(MAX.minus(Duration.ofDays(5))))
			.toList();
		if (transitions.isEmpty()) {
			return anyInstant();
		}
		Arbitrary<Long> offset = Arbitraries.oneOf(Arbitraries.longs().between(-3 * DAY, 3 * DAY),
				Arbitraries.longs().between(-3 * DAY / QUARTER, 3 * DAY / QUARTER).map((q) -> q * QUARTER),
				Arbitraries.of(0L, -1L, 1L, -HOUR, HOUR, -30 * MINUTE, 30 * MINUTE, -45 * MINUTE, 45 * MINUTE));
		return Combinators.combine(Arbitraries.of(transitions), offset)
			.as((transition, millis) -> transition.getInstant().plusMillis(millis));
	}

	/** Local full hours and quarter hours, local midnights, first days of months. */
	private static Arbitrary<Instant> localAligned(ZoneId zone) {
		Arbitrary<LocalDate> dates = Arbitraries.longs()
			.between(LocalDate.of(1950, 1, 2).toEpochDay(), LocalDate.of(2149, 12, 30).toEpochDay())
			.map(LocalDate::ofEpochDay)
			.flatMap((date) -> Arbitraries.of(date, date.withDayOfMonth(1), date.withDayOfYear(1)));
		Arbitrary<LocalTime> times = Arbitraries.oneOf(Arbitraries.just(LocalTime.MIDNIGHT),
				Arbitraries.integers().between(0, 23).map((hour) -> LocalTime.of(hour, 0)),
				Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.of(0, 15, 30, 45))
					.as(LocalTime::of));
		return Combinators.combine(dates, times, Arbitraries.of(false, true)).as((date, time, later) -> {
			ZonedDateTime local = date.atTime(time).atZone(zone);
			return (later ? local.withLaterOffsetAtOverlap() : local).toInstant();
		});
	}

	/** Range lengths that keep bucket counts well below the limit. */
	private static Arbitrary<Long> lengths(BucketUnit unit) {
		Arbitrary<Long> none = Arbitraries.just(0L);
		return switch (unit) {
			case HOUR -> Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(2, upTo(2 * HOUR)),
					Tuple.of(4, upTo(3 * DAY)), Tuple.of(2, upTo(60 * DAY)), Tuple.of(1, upTo(3 * YEAR)));
			case DAY -> Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(2, upTo(3 * DAY)),
					Tuple.of(4, upTo(90 * DAY)), Tuple.of(2, upTo(5 * YEAR)), Tuple.of(1, upTo(60 * YEAR)));
			case WEEK -> Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(3, upTo(60 * DAY)),
					Tuple.of(3, upTo(3 * YEAR)), Tuple.of(1, upTo(200 * YEAR)));
			case MONTH, YEAR -> Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(3, upTo(YEAR)),
					Tuple.of(3, upTo(20 * YEAR)), Tuple.of(1, upTo(200 * YEAR)));
		};
	}

	private static Arbitrary<Long> upTo(long millis) {
		return Arbitraries.longs().between(1, millis);
	}

	/** How to end a range: where its length says, or snapped to a local hour or day. */
	private static Arbitrary<ChronoUnit> snaps() {
		return Arbitraries.of(ChronoUnit.MILLIS, ChronoUnit.MILLIS, ChronoUnit.HOURS, ChronoUnit.DAYS);
	}

	private static Instant end(Instant from, long length, ChronoUnit snap, ZoneId zone) {
		Instant end = from.plusMillis(length);
		if (end.isAfter(MAX)) {
			end = MAX;
		}
		if (snap != ChronoUnit.MILLIS) {
			end = end.atZone(zone).truncatedTo(snap).toInstant();
		}
		return (end.isBefore(from)) ? from : end;
	}

}
