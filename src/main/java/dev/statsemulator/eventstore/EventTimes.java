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

	/** The instant {@code value} names, or null when it is neither form. */
	public static Instant instantOf(JsonNode value) {
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return Instant.ofEpochMilli(value.longValue());
		}
		if (value.isString()) {
			try {
				return OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		return null;
	}

}
