package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * How a range is cut into calendar buckets.
 *
 * @param unit the calendar unit
 * @param zone the time zone whose calendar is used
 * @param firstDayOfWeek the day weeks start on
 */
public record Bucketing(BucketUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {

	public static Bucketing of(BucketUnit unit, ZoneId zone) {
		return new Bucketing(unit, zone, DayOfWeek.MONDAY);
	}

}
