package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.statsemulator.aggregation.TimeBucketer;

/**
 * The time formats of the Statistics API v2, all in UTC. Parsing is strict (a 31 February
 * is an error, not a 3 March) and years have four digits (0001 to 9999): a sign or a
 * fifth digit is a 400, so no date overflows the arithmetic behind it.
 */
final class PushwooshTimes {

	/** The earliest and the latest instant any query covers. */
	static final Instant BEGINNING = Instant.EPOCH;

	static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

	/** {@code 2024-08-03 15:00:00}: totalsByIntervals, messages:list dates. */
	static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/** {@code 2000-01-25T11:18:47Z}: getMessageLog, linksInteractionsDevices. */
	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

	/** {@code 2024-07-20T00:00:00.000Z}: bouncedEmails. */
	static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SPACED_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

	/** ISO 8601 in UTC, four-digit year, optional fraction of a second. */
	private static final Pattern ISO_SHAPE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

	private PushwooshTimes() {
	}

	static String format(DateTimeFormatter formatter, Instant instant) {
		return formatter.format(instant.atZone(ZoneOffset.UTC));
	}

	/** Start of a {@code YYYY-MM-DD} day (UTC). */
	static Instant dayStart(String field, String value) {
		try {
			if (DATE_SHAPE.matcher(value).matches()) {
				LocalDate date = LocalDate.parse(value, DATE);
				if (date.getYear() >= 1) {
					return TimeBucketer.startOfDay(date, ZoneOffset.UTC);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw PushwooshException.badRequest(field + ": '" + value + "' is not a date in the format YYYY-MM-DD");
	}

	/** The first instant after a {@code YYYY-MM-DD} day (UTC): inclusive date ranges. */
	static Instant dayEnd(String field, String value) {
		return TimeBucketer.plusLocalDays(dayStart(field, value), 1, ZoneOffset.UTC);
	}

	/** A {@code YYYY-MM-DD HH:MM:SS} time (UTC). */
	static Instant spaced(String field, String value) {
		try {
			if (SPACED_SHAPE.matcher(value).matches()) {
				LocalDateTime time = LocalDateTime.parse(value, SPACED);
				if (time.getYear() >= 1) {
					return time.toInstant(ZoneOffset.UTC);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw PushwooshException
			.badRequest(field + ": '" + value + "' is not a date and time in the format YYYY-MM-DD HH:MM:SS");
	}

	/** An ISO-8601 instant such as {@code 2024-07-20T00:00:00.000Z}. */
	static Instant iso(String field, String value) {
		try {
			if (ISO_SHAPE.matcher(value).matches()) {
				Instant instant = Instant.parse(value);
				if (!value.startsWith("0000")) {
					return instant;
				}
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw PushwooshException
			.badRequest(field + ": '" + value + "' is not an ISO 8601 time such as 2024-07-20T00:00:00.000Z");
	}

}
