package dev.statsemulator.rocketchat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants as JavaScript's {@code Date.prototype.toISOString} writes them:
 * {@code 2023-05-20T00:00:00.000Z}, always UTC, always milliseconds, years outside 0000
 * to 9999 as a signed six-digit year. Rocket.Chat's engagement dashboard accepts a date
 * only if it is exactly what {@code toISOString} gives back for it, so a date alone, a
 * time without milliseconds, an offset such as {@code +00:00} or an impossible day such
 * as 30 February are all rejected.
 */
final class JsIsoInstant {

	/** A JavaScript Date holds at most 8.64e15 ms either side of the epoch. */
	private static final long MAX_MILLIS = 8_640_000_000_000_000L;

	private static final Pattern FORM = Pattern
		.compile("([+-]\\d{6}|\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})Z");

	private JsIsoInstant() {
	}

	/** The instant if {@code text} is in the exact toISOString form, else empty. */
	static Optional<Instant> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			Instant instant = LocalDateTime
				.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)),
						Integer.parseInt(matcher.group(5)), Integer.parseInt(matcher.group(6)),
						Integer.parseInt(matcher.group(7)) * 1_000_000)
				.toInstant(ZoneOffset.UTC);
			if (Math.abs(instant.toEpochMilli()) > MAX_MILLIS) {
				return Optional.empty();
			}
			// The round trip rejects what JavaScript writes differently (-000000, a
			// six-digit year that fits in four digits).
			return format(instant).equals(text) ? Optional.of(instant) : Optional.empty();
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

	/**
	 * {@code instant} as toISOString writes it (by hand: an answer writes one per day,
	 * and {@code String.format} parses its pattern every time).
	 */
	static String format(Instant instant) {
		LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		int year = utc.getYear();
		StringBuilder text = new StringBuilder(27);
		if (year >= 0 && year <= 9999) {
			digits(text, year, 4);
		}
		else {
			digits(text.append((year < 0) ? '-' : '+'), Math.abs(year), 6);
		}
		digits(text.append('-'), utc.getMonthValue(), 2);
		digits(text.append('-'), utc.getDayOfMonth(), 2);
		digits(text.append('T'), utc.getHour(), 2);
		digits(text.append(':'), utc.getMinute(), 2);
		digits(text.append(':'), utc.getSecond(), 2);
		digits(text.append('.'), utc.getNano() / 1_000_000, 3);
		return text.append('Z').toString();
	}

	/** Appends a non-negative number with leading zeros to {@code width} digits. */
	private static void digits(StringBuilder text, int value, int width) {
		String number = Integer.toString(value);
		for (int i = number.length(); i < width; i++) {
			text.append('0');
		}
		text.append(number);
	}

}
