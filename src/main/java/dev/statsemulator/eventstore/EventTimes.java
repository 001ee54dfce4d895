package dev.statsemulator.eventstore;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.JsonNode;

/**
 * The time format of the control API (events, the message catalogue, the clock): an
 * ISO-8601 instant with offset, or epoch milliseconds.
 */
public final class EventTimes {

	private EventTimes() {
	}

	/**
	 * The earliest instant the emulator takes anywhere (events, messages, the clock,
	 * stats ranges): 1970-01-01T00:00:00Z.
	 */
	public static final Instant MIN = Instant.EPOCH;

	/** The latest instant the emulator takes: 9999-12-31T23:59:59.999Z. */
	public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999Z");

	/** How the range is named in error messages. */
	public static final String RANGE = "between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z";

	/**
	 * The instant {@code value} names, or null when it is neither form or lies outside
	 * [{@link #MIN}, {@link #MAX}].
	 */
	public static Instant instantOf(JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			long millis = value.longValue();
			return (millis >= MIN.toEpochMilli() && millis <= MAX.toEpochMilli()) ? Instant.ofEpochMilli(millis) : null;
		}
		if (value.isString()) {
			return parse(value.stringValue());
		}
		return null;
	}

	/**
	 * The ISO-8601 instant with offset, or null when it is malformed or outside
	 * [{@link #MIN}, {@link #MAX}].
	 */
	public static Instant parse(String text) {
		try {
			return inRange(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
		}
		catch (DateTimeException | ArithmeticException ex) {
			return null;
		}
	}

	/** The instant, or null when it lies outside [{@link #MIN}, {@link #MAX}]. */
	public static Instant inRange(Instant instant) {
		return (instant != null && !instant.isBefore(MIN) && !instant.isAfter(MAX)) ? instant : null;
	}

}
