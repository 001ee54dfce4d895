package dev.statsemulator.pushwoosh;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.eventstore.EventSelection;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;

/**
 * A getMessageLog request, validated: the events it selects, the page size, and a
 * canonical form of its filters that pagination tokens are bound to.
 *
 * @param selection the events
 * @param limit events per page
 * @param filters the filters, canonical (everything but limit and token)
 */
record MessageLogQuery(EventSelection selection, int limit, String filters) {

	static final int DEFAULT_LIMIT = 1000;

	static final int MAX_LIMIT = 100_000;

	static final Duration MAX_INTERVAL = TimeBucketer.exactDays(30);

	static final String INTERVAL_ERROR = "exceeded the maximum date interval. Max interval: 30 days";

	/** The actions a message log holds, in the vendor's words (= the event types). */
	static final List<EventType> ACTIONS = List.of(EventType.SENT, EventType.DELIVERED, EventType.OPENED,
			EventType.INBOX_DELIVERED, EventType.INBOX_READ, EventType.INBOX_OPENED, EventType.INBOX_DELETED);

	static MessageLogQuery of(MessageLogRequest request, PushwooshAccess access, EventStore catalogue, Instant now) {
		Set<String> hwids = hwids(request.hwid());
		String messageCode = blankToNull(request.messageCode());
		String campaign = blankToNull(request.campaignCode());
		String user = blankToNull(request.userId());
		String application = blankToNull(request.applicationCode());
		Instant from = (blankToNull(request.dateFrom()) != null)
				? PushwooshTimes.spaced("date_from", request.dateFrom()) : null;
		Instant to = (blankToNull(request.dateTo()) != null) ? PushwooshTimes.spaced("date_to", request.dateTo())
				: null;
		if (request.messageId() == null && messageCode == null && campaign == null && hwids == null && user == null
				&& (from == null || to == null)) {
			throw PushwooshException.badRequest(
					"at least one filter is required: message_id, message_code, campaign_code, hwid, user_id, or date_from and date_to");
		}
		// Compared to the second: the formats have no fractions, so "now - 30 days" to
		// the second is always accepted.
		if (from != null && from.isBefore(Instant.ofEpochSecond(now.minus(MAX_INTERVAL).getEpochSecond()))) {
			throw PushwooshException.badRequest(INTERVAL_ERROR);
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				throw PushwooshException.badRequest("date_to must not be before date_from");
			}
			if (Duration.between(from, to).compareTo(MAX_INTERVAL) > 0) {
				throw PushwooshException.badRequest(INTERVAL_ERROR);
			}
		}
		int limit = (request.limit() != null) ? request.limit() : DEFAULT_LIMIT;
		if (limit < 1 || limit > MAX_LIMIT) {
			throw PushwooshException.badRequest("limit must be between 1 and " + MAX_LIMIT);
		}
		Set<EventType> types = actions(request.actions());
		Set<String> platforms = platforms(request.platforms());
		if (application != null && !access.mayRead(application)) {
			throw PushwooshException.applicationDenied(application);
		}
		Set<String> applications = (application != null) ? Set.of(application) : access.applications();

		Set<String> messages = null;
		if (messageCode != null) {
			messages = Set.of(messageCode);
		}
		if (request.messageId() != null) {
			messages = MessageSets.intersect(messages,
					catalogue.messageByNumber(access.workspaceId(), request.messageId())
						.map((message) -> Set.of(message.id()))
						.orElse(Set.of()));
		}
		EventSelection selection = EventSelection.of(types)
			.withApplications(applications)
			.withMessages(messages)
			// The event's campaign, else its message's: the campaign_code the log shows.
			.withCampaign(campaign)
			.withContacts(hwids)
			.withUser(user)
			.withPlatforms(platforms)
			.between((from != null) ? from.toEpochMilli() : null,
					// date_to names the last second of the period
					(to != null) ? to.plusSeconds(1).toEpochMilli() : null);
		// The canonical filters, as JSON: unambiguous whatever the values hold.
		Map<String, Object> canonical = new LinkedHashMap<>();
		canonical.put("applications", new TreeSet<>(applications));
		canonical.put("message_id", request.messageId());
		canonical.put("message_code", messageCode);
		canonical.put("campaign_code", campaign);
		canonical.put("hwid", (hwids != null) ? new TreeSet<>(hwids) : null);
		canonical.put("user_id", user);
		canonical.put("date_from", (from != null) ? from.toString() : null);
		canonical.put("date_to", (to != null) ? to.toString() : null);
		canonical.put("actions", types.stream().map(EventType::code).sorted().toList());
		canonical.put("platforms", (platforms != null) ? new TreeSet<>(platforms) : null);
		String filters = PushwooshJson.MAPPER.writeValueAsString(canonical);
		return new MessageLogQuery(selection, limit, filters);
	}

	private static Set<String> hwids(JsonNode hwid) {
		if (hwid == null || hwid.isNull()) {
			return null;
		}
		if (hwid.isString()) {
			return hwid.asString().isEmpty() ? null : Set.of(hwid.asString());
		}
		if (hwid.isArray()) {
			ListFilters.check("hwid", hwid.size());
			Set<String> hwids = new HashSet<>();
			for (JsonNode item : hwid) {
				if (!item.isString()) {
					throw PushwooshException.badRequest("hwid must be a string or an array of strings");
				}
				hwids.add(item.asString());
			}
			return hwids.isEmpty() ? null : hwids;
		}
		throw PushwooshException.badRequest("hwid must be a string or an array of strings");
	}

	private static Set<EventType> actions(List<String> actions) {
		if (actions == null || actions.isEmpty()) {
			return EnumSet.copyOf(ACTIONS);
		}
		ListFilters.check("actions", actions);
		Set<EventType> types = EnumSet.noneOf(EventType.class);
		for (String action : actions) {
			types.add(ACTIONS.stream()
				.filter((type) -> type.code().equals(action))
				.findFirst()
				.orElseThrow(() -> PushwooshException.badRequest("actions: invalid value '" + action + "' (use "
						+ ACTIONS.stream().map(EventType::code).collect(Collectors.joining(", ")) + ")")));
		}
		return types;
	}

	private static Set<String> platforms(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		ListFilters.check("platforms", names);
		Set<String> platforms = new HashSet<>();
		for (String name : names) {
			platforms.add(PushwooshPlatform.ofLogName(name)
				.orElseThrow(() -> PushwooshException.badRequest("platforms: invalid value '" + name + "' (use "
						+ Arrays.stream(PushwooshPlatform.values())
							.map((platform) -> "\"" + platform.logName() + "\"")
							.collect(Collectors.joining(", "))
						+ ")"))
				.emulatorCode());
		}
		return platforms;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
