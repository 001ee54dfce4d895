package dev.statsemulator.pushwoosh;

import java.util.Set;

/** The paths of the Statistics API v2 on the emulator, as the vendor serves them. */
final class PushwooshEndpoints {

	static final String PREFIX = "/api/v2/";

	static final String MESSAGES_LIST = "/api/v2/messages:list";

	static final String TOTALS_BY_INTERVALS = "/api/v2/statistics/messages/totalsByIntervals";

	static final String MESSAGE_LOG = "/api/v2/statistics/getMessageLog";

	static final String LINKS_INTERACTIONS = "/api/v2/statistics/emails/linksInteractions";

	static final String LINKS_INTERACTIONS_DEVICES = "/api/v2/statistics/emails/linksInteractionsDevices";

	static final String BOUNCED_EMAILS = "/api/v2/statistics/emails/bouncedEmails";

	/** Endpoints that answer errors as {@code {"error": ...}}. */
	static final Set<String> ERROR_FIELD_PATHS = Set.of(MESSAGE_LOG, LINKS_INTERACTIONS, LINKS_INTERACTIONS_DEVICES,
			BOUNCED_EMAILS);

	static final Set<String> ALL = Set.of(MESSAGES_LIST, TOTALS_BY_INTERVALS, MESSAGE_LOG, LINKS_INTERACTIONS,
			LINKS_INTERACTIONS_DEVICES, BOUNCED_EMAILS);

	private PushwooshEndpoints() {
	}

}
