package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of totalsByIntervals. Counts are JSON strings (the vendor's int64s),
 * conversion rates and revenue are numbers.
 *
 * @param metrics one row per (UTC hour, platform) with activity, oldest first
 * @param conversion totals and conversion events
 */
record TotalsByIntervalsResponse(List<Interval> metrics, Conversion conversion) {

	/**
	 * @param timestamp start of the hour, {@code YYYY-MM-DD HH:MM:SS} UTC
	 * @param platform Pushwoosh platform code
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Interval(String timestamp, int platform, String sends, String opens, String deliveries, String inboxOpens,
			String unshowableSends, String errors) {
	}

	/**
	 * @param sends total sends
	 * @param opens total opens
	 * @param events one row per conversion event name
	 */
	record Conversion(String sends, String opens, List<ConversionEvent> events) {
	}

	/**
	 * @param name the conversion event's name
	 * @param hits how many
	 * @param conversion hits per open (0 without opens)
	 * @param revenue sum of the events' revenue
	 */
	record ConversionEvent(String name, String hits, Number conversion, Number revenue) {
	}

}
