package dev.statsemulator.getresponse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

import dev.statsemulator.aggregation.BucketUnit;

/** get_message_stats' grouping: the calendar unit of a period and its key format. */
enum Grouping {

	HOURLY("hourly", BucketUnit.HOUR, "uuuu-MM-dd HH"), DAILY("daily", BucketUnit.DAY, "uuuu-MM-dd"),
	MONTHLY("monthly", BucketUnit.MONTH, "uuuu-MM"), YEARLY("yearly", BucketUnit.YEAR, "uuuu");

	private final String code;

	private final BucketUnit unit;

	private final DateTimeFormatter key;

	Grouping(String code, BucketUnit unit, String keyPattern) {
		this.code = code;
		this.unit = unit;
		this.key = DateTimeFormatter.ofPattern(keyPattern);
	}

	BucketUnit unit() {
		return this.unit;
	}

	/**
	 * The result key of the period that starts at {@code start}, in the zone's calendar.
	 */
	String key(Instant start, ZoneId zone) {
		return this.key.format(start.atZone(zone));
	}

	/** Case-sensitive, as the vendor lists the values. */
	static Optional<Grouping> of(String code) {
		return Arrays.stream(values()).filter((grouping) -> grouping.code.equals(code)).findFirst();
	}

}
