package dev.statsemulator.vendor.pushwoosh;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.eventstore.EventSelection;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.workspace.Accounts.PushwooshAccess;

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

	static final Duration MAX_INTERVAL = Duration.ofDays(30);

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
		if (from != null && from.isBefore(now.minus(MAX_INTERVAL))) {
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
		if (campaign != null) {
			messages = MessageSets.intersect(messages, MessageSets.ids(catalogue.messages(access.workspaceId()),
					(message) -> campaign.equals(message.campaign())));
		}
		EventSelection selection = EventSelection.of(types)
			.withApplications(applications)
			.withMessages(messages)
			.withContacts(hwids)
			.withUser(user)
			.withPlatforms(platforms)
			.between((from != null) ? from.toEpochMilli() : null,
					// date_to names the last second of the period
					(to != null) ? to.plusSeconds(1).toEpochMilli() : null);
		String filters = String.join("\u0001", access.workspaceId(), String.join(",", new TreeSet<>(applications)),
				Objects.toString(request.messageId()), Objects.toString(messageCode), Objects.toString(campaign),
				(hwids != null) ? String.join("\u0002", new TreeSet<>(hwids)) : "null", Objects.toString(user),
				Objects.toString(from), Objects.toString(to),
				types.stream().map(EventType::code).sorted().collect(Collectors.joining(",")),
				(platforms != null) ? String.join(",", new TreeSet<>(platforms)) : "null");
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
