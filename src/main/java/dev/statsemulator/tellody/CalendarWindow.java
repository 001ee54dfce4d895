package dev.statsemulator.tellody;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.TimeBucketer;

/**
 * One calendar window (a day, a week starting on {@code dow}, a month or a year) of the
 * workspace's time zone, cut into calendar units: what ContactChart and the calendar
 * variant of UniqueCode report on.
 *
 * @param start the window's first instant
 * @param end the first instant after the window (the request's {@code to} + 1 ms)
 * @param bucketing the units the window is cut into
 */
record CalendarWindow(Instant start, Instant end, Bucketing bucketing) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

	/**
	 * The window the request names, if {@code from} is exactly the start of a window and
	 * {@code to} its last millisecond.
	 * @throws TellodyException 400 naming the values to send instead
	 */
	static CalendarWindow of(String endpoint, ReportRequest request, ZoneId zone) {
		BucketUnit window = request.window();
		DayOfWeek firstDay = request.firstDayOfWeek();
		Instant from = Instant.ofEpochMilli(request.from());
		Instant windowStart = TimeBucketer.unitStart(from, window, zone, firstDay);
		Instant windowEnd = TimeBucketer.nextUnitStart(windowStart, window, zone, firstDay);
		String what = describe(window, request.dow()) + " in the workspace's time zone " + zone.getId();
		if (!windowStart.equals(from)) {
			throw TellodyException
				.badRequest("Invalid " + endpoint + " request: from " + show(from, zone) + " is not the start of "
						+ what + "; the " + window.label() + " that contains it runs from " + show(windowStart, zone)
						+ " to " + show(windowEnd.minusMillis(1), zone) + ": send those as from and to");
		}
		if (request.to() != windowEnd.toEpochMilli() - 1) {
			throw TellodyException.badRequest("Invalid " + endpoint + " request: to "
					+ show(Instant.ofEpochMilli(request.to()), zone) + " is not the end of the " + window.label()
					+ " that starts at from; for " + what + " starting at " + show(windowStart, zone) + " send to "
					+ show(windowEnd.minusMillis(1), zone) + " (its last millisecond)");
		}
		return new CalendarWindow(windowStart, windowEnd, new Bucketing(request.unit(), zone, firstDay));
	}

	private static String describe(BucketUnit window, int dow) {
		if (window == BucketUnit.WEEK) {
			return "a week starting on "
					+ ReportRequest.firstDayOfWeek(dow).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " (dow " + dow
					+ ")";
		}
		return "a " + window.label();
	}

	/** Epoch milliseconds, and what they are on the workspace's calendar. */
	static String show(Instant instant, ZoneId zone) {
		return instant.toEpochMilli() + " (" + LOCAL.format(instant.atZone(zone)) + ")";
	}

}
