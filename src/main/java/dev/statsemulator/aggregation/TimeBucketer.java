package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that does calendar arithmetic. Calendar units are local to a time zone:
 * an hour starts at a local full hour (so a DST day has 23 or 25 of them), a day at local
 * midnight (or the first valid local time of that day), a week on its first day, a month
 * on the 1st, a year on 1 January.
 * <p>
 * Pure functions; no state.
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
			throw new IllegalArgumentException("the range ends before it starts");
		}
		List<Instant> edges = new ArrayList<>();
		edges.add(from);
		Instant next = nextUnitStart(from, unit, zone, firstDayOfWeek);
		while (next.isBefore(to)) {
			if (edges.size() > maxBuckets) {
				throw new IllegalArgumentException("the range holds more than " + maxBuckets + " " + unit.label()
						+ " buckets; choose a larger unit or a shorter range");
			}
			edges.add(next);
			next = nextUnitStart(next, unit, zone, firstDayOfWeek);
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
		ZonedDateTime local = instant.atZone(zone);
		return switch (unit) {
			case HOUR -> hourStart(local);
			case DAY -> startOfDay(local.toLocalDate(), zone);
			case WEEK -> startOfDay(local.toLocalDate().with(TemporalAdjusters.previousOrSame(firstDayOfWeek)), zone);
			case MONTH -> startOfDay(local.toLocalDate().withDayOfMonth(1), zone);
			case YEAR -> startOfDay(local.toLocalDate().withDayOfYear(1), zone);
		};
	}

	/**
	 * The start of the first calendar unit that begins strictly after {@code instant}.
	 */
	public static Instant nextUnitStart(Instant instant, BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {
		ZonedDateTime local = instant.atZone(zone);
		Instant next = switch (unit) {
			case HOUR -> nextHourStart(local);
			case DAY -> startOfDay(local.toLocalDate().plusDays(1), zone);
			case WEEK -> startOfDay(local.toLocalDate().with(TemporalAdjusters.next(firstDayOfWeek)), zone);
			case MONTH -> startOfDay(local.toLocalDate().withDayOfMonth(1).plusMonths(1), zone);
			case YEAR -> startOfDay(local.toLocalDate().withDayOfYear(1).plusYears(1), zone);
		};
		if (!next.isAfter(instant)) {
			// Only reachable around exotic transitions (a zone skipping a whole day);
			// step a day on.
			return nextUnitStart(instant.plus(1, ChronoUnit.DAYS), unit, zone, firstDayOfWeek);
		}
		return next;
	}

	/**
	 * Local midnight of {@code date}, or the first valid local time of that day where
	 * midnight is skipped.
	 */
	public static Instant startOfDay(LocalDate date, ZoneId zone) {
		return date.atStartOfDay(zone).toInstant();
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
	 * Whole local days from {@code start} to {@code end}, truncated towards zero, the way
	 * moment.js's {@code diff(..., 'days')} counts them.
	 */
	public static long wholeDaysBetween(Instant start, Instant end, ZoneId zone) {
		return ChronoUnit.DAYS.between(start.atZone(zone), end.atZone(zone));
	}

	private static Instant hourStart(ZonedDateTime local) {
		return local.truncatedTo(ChronoUnit.HOURS).toInstant();
	}

	private static Instant nextHourStart(ZonedDateTime local) {
		// plusHours works on the instant time-line, so a repeated local hour (DST end) is
		// its own bucket.
		ZonedDateTime next = local.truncatedTo(ChronoUnit.HOURS).plusHours(1);
		ZonedDateTime aligned = next.truncatedTo(ChronoUnit.HOURS);
		return (aligned.toInstant().isAfter(local.toInstant()) ? aligned : next).toInstant();
	}

}
