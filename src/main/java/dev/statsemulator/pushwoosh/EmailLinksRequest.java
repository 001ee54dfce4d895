package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of emails/linksInteractions and emails/linksInteractionsDevices.
 *
 * @param filters which clicks
 * @param params whether to list full links (linksInteractions)
 * @param page page number from 0 (linksInteractionsDevices)
 * @param perPage page size, at most 1000 (linksInteractionsDevices)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record EmailLinksRequest(Filters filters, Params params, Integer page, Integer perPage) {

	/**
	 * @param dateRange click dates, inclusive
	 * @param application application code
	 * @param campaign campaign code
	 * @param messagesIds message ids
	 * @param messagesCodes message codes
	 * @param linkTemplate a link's template form (URL without query and fragment), a
	 * trailing * for a prefix; required with application or campaign
	 * @param template email template code
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Filters(MessagesListRequest.DateRange dateRange, String application, String campaign, List<Long> messagesIds,
			List<String> messagesCodes, String linkTemplate, String template) {
	}

	/**
	 * @param withFullLinks list the exact clicked links of each link
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Params(Boolean withFullLinks) {
	}

}
