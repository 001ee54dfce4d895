package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answers of the two email link endpoints. */
final class EmailLinksResponses {

	private EmailLinksResponses() {
	}

	/** emails/linksInteractions: clicks per link, most clicked first. */
	record Interactions(List<Link> items) {
	}

	/**
	 * @param template the email template code of the message
	 * @param link the link's template form (URL without query and fragment)
	 * @param title the link's title (the emulator knows none: empty)
	 * @param clicks clicks on the link
	 * @param fullLinks the exact clicked URLs (empty unless asked for)
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Link(String template, String link, String title, long clicks, List<FullLink> fullLinks) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record FullLink(String fullLink, long clicks) {
	}

	/** emails/linksInteractionsDevices: one row per click, in time order. */
	record Devices(long total, List<Device> items) {
	}

	/**
	 * @param timestamp when, UTC
	 * @param link the exact clicked URL
	 * @param hwid who (for email, the address)
	 */
	record Device(String timestamp, String link, String hwid) {
	}

}
