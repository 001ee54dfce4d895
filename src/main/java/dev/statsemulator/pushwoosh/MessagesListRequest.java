package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of messages:list (bare, or wrapped in {@code {"request": ...}}).
 *
 * @param filters which messages (application required)
 * @param params whether to add details and metrics
 * @param perPage page size, at most 1000 (0 or absent: 20)
 * @param page page number from 0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MessagesListRequest(Filters filters, Params params, Integer perPage, Integer page) {

	/**
	 * @param application application code (required)
	 * @param platforms platform names (IOS, ANDROID, ...)
	 * @param dateRange send dates, inclusive
	 * @param source message source (API, CP, ...)
	 * @param campaign campaign code
	 * @param messagesIds message ids
	 * @param messagesCodes message codes
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Filters(String application, List<String> platforms, DateRange dateRange, String source, String campaign,
			List<Long> messagesIds, List<String> messagesCodes) {
	}

	/**
	 * @param dateFrom first send date, YYYY-MM-DD
	 * @param dateTo last send date, YYYY-MM-DD
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record DateRange(String dateFrom, String dateTo) {
	}

	/**
	 * @param withDetails add the details object
	 * @param withMetrics add the metrics rows
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Params(Boolean withDetails, Boolean withMetrics) {
	}

}
