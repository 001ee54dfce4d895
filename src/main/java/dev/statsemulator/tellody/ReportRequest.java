package dev.statsemulator.tellody;

import java.time.DayOfWeek;

import dev.statsemulator.aggregation.BucketUnit;

/**
 * The body of Report/ContactChart and Report/UniqueCode, read and checked field by field.
 *
 * @param from start of the period, epoch milliseconds
 * @param to end of the period, epoch milliseconds, inclusive (the vendor's day ends at
 * 23:59:59.999)
 * @param unit hour, day, week or month
 * @param window day, week, month or year; null for UniqueCode's flexible variant
 * @param dow the raw {@code dow}, 0 = Sunday ... 6 = Saturday
 */
record ReportRequest(long from, long to, BucketUnit unit, BucketUnit window, int dow) {

	/** The day weeks start on: {@code dow} 0 is Sunday, 1 Monday, ... 6 Saturday. */
	DayOfWeek firstDayOfWeek() {
		return firstDayOfWeek(this.dow);
	}

	static DayOfWeek firstDayOfWeek(int dow) {
		return (dow == 0) ? DayOfWeek.SUNDAY : DayOfWeek.of(dow);
	}

}
