package dev.statsemulator.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.eventstore.EventTimes;

/**
 * The control API's one parser of times given as text: ISO-8601 instants with an offset,
 * and in query strings also plain dates meaning local midnight. Times outside
 * {@link EventTimes#RANGE} are refused like malformed ones.
 */
final class ControlTimes {

	private ControlTimes() {
	}

	/** An ISO-8601 instant with offset ({@code 2024-08-03T00:00:00Z}). */
	static Optional<Instant> instant(String value) {
		return Optional.ofNullable(EventTimes.parse(value));
	}

	/** The range every control-API time must lie in, for error messages. */
	static final String RANGE = EventTimes.RANGE;

	private static Optional<Instant> date(String value, ZoneId zone) {
		try {
			return Optional.ofNullable(EventTimes.inRange(TimeBucketer.startOfDay(LocalDate.parse(value), zone)));
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An ISO-8601 instant with offset, or a date ({@code 2024-08-03}) meaning local
	 * midnight in the zone, as a query string carries them: an unencoded '+' of an offset
	 * arrives as a space and is taken back rather than failed.
	 */
	static Optional<Instant> instantOrDate(String raw, ZoneId zone) {
		String value = queryValue(raw);
		return (value.length() == 10) ? date(value, zone) : instant(value);
	}

	/** The value as {@link #instantOrDate} reads it, for error messages. */
	static String queryValue(String raw) {
		return raw.trim().replace(' ', '+');
	}

}
