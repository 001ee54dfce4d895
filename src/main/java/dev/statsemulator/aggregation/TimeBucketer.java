package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.statsemulator.BadInputException;

/**
 * The one place that does calendar arithmetic. Calendar units are local to a time zone:
 * an hour starts at a local full hour (so a DST day has 23 or 25 of them), a day at local
 * midnight (or the first valid local time of that day), a week on its first day, a month
 * on the 1st, a year on 1 January.
 * <p>
 * Pure functions; the only state is a cache of facts about zones.
 */
public final class TimeBucketer {

	private TimeBucketer() {
	}

	/**
	 * The edges of the calendar buckets that intersect {@code [from, to)}, clipped to it:
	 * the first edge is {@code from}, the last is {@code to}, and every edge between them
	 * is the start of a calendar unit. So bucket {@code i} is
	 * {@code [edges[i], edges[i+1])}; an empty range has no bucket (a single edge).
	 * @throws IllegalArgumentException when there would be more than {@code maxBuckets}
	 * buckets
	 */
	public static List<Instant> edges(Instant from, Instant to, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek,
			int maxBuckets) {
		if (to.isBefore(from)) {
			throw new BadInputException("the range ends before it starts");
		}
		List<Instant> edges = new ArrayList<>();
		edges.add(from);
		// Date units step from date to date: one start-of-day resolution per edge.
		LocalDate date = (unit != BucketUnit.HOUR) ? dateUnitAt(from, unit, zone, firstDayOfWeek).first() : null;
		Instant next = (date != null) ? startOfDay(date = advance(date, unit), zone)
				: nextUnitStart(from, unit, zone, firstDayOfWeek);
		while (next.isBefore(to)) {
			// A date skipped whole (Apia, 2011-12-30) starts where the next one does: one
			// edge.
			if (next.isAfter(edges.get(edges.size() - 1))) {
				// Adding this edge makes at least edges.size() + 1 buckets.
				if (edges.size() >= maxBuckets) {
					throw new BadInputException("the range holds more than " + maxBuckets + " " + unit.label()
							+ " buckets; choose a larger unit or a shorter range");
				}
				edges.add(next);
			}
			next = (date != null) ? startOfDay(date = advance(date, unit), zone)
					: nextUnitStart(next, unit, zone, firstDayOfWeek);
		}
		if (to.isAfter(from)) {
			edges.add(to);
		}
		return edges;
	}

	/** The buckets of {@link #edges}, as intervals. */
	public static List<TimeInterval> buckets(Instant from, Instant to, BucketUnit unit, ZoneId zone,
			DayOfWeek firstDayOfWeek, int maxBuckets) {
		List<Instant> edges = edges(from, to, unit, zone, firstDayOfWeek, maxBuckets);
		List<TimeInterval> buckets = new ArrayList<>(edges.size());
		for (int i = 0; i + 1 < edges.size(); i++) {
			buckets.add(new TimeInterval(edges.get(i), edges.get(i + 1)));
		}
		return buckets;
	}

	/** The calendar unit that contains {@code instant}. */
	public static TimeInterval unitAt(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		Instant start = unitStart(instant, unit, zone, firstDayOfWeek);
		return new TimeInterval(start, nextUnitStart(start, unit, zone, firstDayOfWeek));
	}

	/** The start of the calendar unit that contains {@code instant}. */
	public static Instant unitStart(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		if (unit == BucketUnit.HOUR) {
			return hourStart(instant, zone);
		}
		return dateUnitAt(instant, unit, zone, firstDayOfWeek).start();
	}

	/**
	 * The start of the first calendar unit that begins strictly after {@code instant}.
	 */
	public static Instant nextUnitStart(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		if (unit == BucketUnit.HOUR) {
			return nextHourStart(instant, zone);
		}
		LocalDate first = dateUnitAt(instant, unit, zone, firstDayOfWeek).first();
		return startOfDay(advance(first, unit), zone);
	}

	/** A day, week, month or year: its first date and the instant it starts. */
	private record DateUnit(LocalDate first, Instant start) {
	}

	/**
	 * The date-based unit holding {@code instant}: the last unit whose start is not after
	 * it. Usually the unit of the instant's local date; but where clocks go back across
	 * midnight, the next day has already started while the local date repeats the
	 * previous one.
	 */
	private static DateUnit dateUnitAt(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		LocalDate first = switch (unit) {
			case DAY -> date;
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
			case HOUR -> throw new IllegalArgumentException("hours are not date-based");
		};
		Instant start = startOfDay(first, zone);
		LocalDate next = advance(first, unit);
		Instant nextStart = startOfDay(next, zone);
		while (!nextStart.isAfter(instant)) {
			first = next;
			start = nextStart;
			next = advance(first, unit);
			nextStart = startOfDay(next, zone);
		}
		return new DateUnit(first, start);
	}

	private static LocalDate advance(LocalDate first, BucketUnit unit) {
		return switch (unit) {
			case DAY -> first.plusDays(1);
			case WEEK -> first.plusWeeks(1);
			case MONTH -> first.plusMonths(1);
			case YEAR -> first.plusYears(1);
			case HOUR -> throw new IllegalArgumentException("hours are not date-based");
		};
	}

	/**
	 * Local midnight of {@code date}, or the first valid local time of that day where
	 * midnight is skipped.
	 */
	public static Instant startOfDay(LocalDate date, ZoneId zone) {
		return date.atStartOfDay(zone).toInstant();
	}

	/**
	 * The instant from which every local day of {@code zone} starts and ends on a UTC
	 * quarter hour: from the last offset change that was not a whole number of quarter
	 * hours, or did not happen on one (local mean time before standard time,
	 * Newfoundland's 00:01 changes until 2011). {@link Instant#MIN} when that holds for
	 * all time, {@link Instant#MAX} when the zone's rules will keep breaking it.
	 */
	public static Instant quarterHourAlignedSince(ZoneId zone) {
		return ALIGNED_SINCE.computeIfAbsent(zone, TimeBucketer::computeQuarterHourAlignedSince);
	}

	private static final Map<ZoneId, Instant> ALIGNED_SINCE = new ConcurrentHashMap<>();

	private static Instant computeQuarterHourAlignedSince(ZoneId zone) {
		ZoneRules rules = zone.getRules();
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			if (!quarterHours(rule.getOffsetBefore()) || !quarterHours(rule.getOffsetAfter())
					|| rule.getLocalTime().getMinute() % 15 != 0 || rule.getLocalTime().getSecond() != 0) {
				return Instant.MAX;
			}
		}
		List<ZoneOffsetTransition> transitions = rules.getTransitions();
		for (int i = transitions.size() - 1; i >= 0; i--) {
			ZoneOffsetTransition transition = transitions.get(i);
			if (!quarterHours(transition.getOffsetAfter())) {
				// Misaligned until the next change; for good, when there is none.
				return (i + 1 < transitions.size()) ? transitions.get(i + 1).getInstant() : Instant.MAX;
			}
			if (!quarterHours(transition.getOffsetBefore()) || transition.getInstant().getEpochSecond() % 900 != 0) {
				return transition.getInstant().plusSeconds(1);
			}
		}
		boolean alignedBefore = transitions.isEmpty() ? quarterHours(rules.getOffset(Instant.EPOCH))
				: quarterHours(transitions.get(0).getOffsetBefore());
		return alignedBefore ? Instant.MIN : Instant.MAX;
	}

	private static boolean quarterHours(ZoneOffset offset) {
		return offset.getTotalSeconds() % 900 == 0;
	}

	/** The local calendar date of {@code instant}. */
	public static LocalDate localDate(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

	/** The local date and time of {@code instant}. */
	public static LocalDateTime localDateTime(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDateTime();
	}

	/** {@code instant} moved by whole local calendar days (negative moves back). */
	public static Instant plusLocalDays(Instant instant, long days, ZoneId zone) {
		return instant.atZone(zone).plusDays(days).toInstant();
	}

	/**
	 * A length of whole days of exactly 24 hours (UTC days), for limits and lifetimes a
	 * vendor defines in such days (a 30-day window, a 14-day cookie); local days are
	 * {@link #plusLocalDays}.
	 */
	public static Duration exactDays(long days) {
		return Duration.ofDays(days);
	}

	/**
	 * Whole local days from {@code start} to {@code end}, truncated towards zero, the way
	 * moment.js's {@code diff(..., 'days')} counts them.
	 */
	public static long wholeDaysBetween(Instant start, Instant end, ZoneId zone) {
		return ChronoUnit.DAYS.between(start.atZone(zone), end.atZone(zone));
	}

	/*
	 * An hourly bucket is a run of instants sharing the local date, the local hour and
	 * the UTC offset. So a local full hour starts one, and so does every offset change: a
	 * repeated hour (DST end) is a bucket of its own, and a change by half an hour, or at
	 * a quarter to, splits the local hour it falls in.
	 */
	private static Instant hourStart(Instant instant, ZoneId zone) {
		ZoneRules rules = zone.getRules();
		int offset = rules.getOffset(instant).getTotalSeconds();
		Instant fullHour = Instant
			.ofEpochSecond(Math.floorDiv(instant.getEpochSecond() + offset, 3600) * 3600 - offset);
		ZoneOffsetTransition change = rules.previousTransition(instant.plusNanos(1));
		return (change != null && change.getInstant().isAfter(fullHour)) ? change.getInstant() : fullHour;
	}

	private static Instant nextHourStart(Instant instant, ZoneId zone) {
		ZoneRules rules = zone.getRules();
		int offset = rules.getOffset(instant).getTotalSeconds();
		Instant fullHour = Instant
			.ofEpochSecond(Math.floorDiv(instant.getEpochSecond() + offset, 3600) * 3600 + 3600 - offset);
		ZoneOffsetTransition change = rules.nextTransition(instant);
		return (change != null && change.getInstant().isBefore(fullHour)) ? change.getInstant() : fullHour;
	}

}
