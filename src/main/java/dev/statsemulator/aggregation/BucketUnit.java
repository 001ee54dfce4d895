package dev.statsemulator.aggregation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Calendar units that counts are bucketed by, smallest first. */
public enum BucketUnit {

	HOUR, DAY, WEEK, MONTH, YEAR;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<BucketUnit> parse(String value) {
		return Arrays.stream(values()).filter((unit) -> unit.label().equalsIgnoreCase(value)).findFirst();
	}

}
