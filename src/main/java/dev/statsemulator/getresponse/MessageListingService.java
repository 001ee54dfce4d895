package dev.statsemulator.getresponse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.Workspace;

import org.springframework.stereotype.Service;

/** get_messages and get_message: the catalogue's email messages, keyed by MESSAGE_ID. */
@Service
class MessageListingService {

	static final List<String> LIST_CONDITIONS = List.of("campaigns", "type", "subject", "name", "created_on",
			"send_on");

	static final List<String> ONE_CONDITIONS = List.of("message");

	private static final List<String> TYPES = List.of("newsletter", "autoresponder", "ab_test", "draft");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private final GetResponseCatalogue catalogue;

	MessageListingService(GetResponseCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * Oldest first; without a {@code type}, newsletters and autoresponders but no drafts.
	 */
	Map<String, MessageInfo> messages(Workspace workspace, Conditions conditions) {
		ZoneId zone = workspace.timezone();
		Set<String> campaigns = campaigns(conditions.get("campaigns"));
		String type = type(conditions.get("type"));
		TextCondition subject = TextCondition.parse("subject", conditions.get("subject"));
		TextCondition name = TextCondition.parse("name", conditions.get("name"));
		DateCondition createdOn = DateCondition.parse("created_on", conditions.get("created_on"), zone);
		DateCondition sendOn = DateCondition.parse("send_on", conditions.get("send_on"), zone);
		Map<String, MessageInfo> result = new LinkedHashMap<>();
		for (GetResponseCatalogue.Message message : this.catalogue.list(workspace.id())) {
			boolean typeMatches = (type != null) ? type.equals(message.type()) : !"draft".equals(message.type());
			if (typeMatches && (campaigns == null || campaigns.contains(message.campaign()))
					&& subject.matches(message.subject()) && name.matches(message.name())
					&& createdOn.contains(message.createdOn()) && (sendOn == DateCondition.ANY
							|| (message.sendOn() != null && sendOn.contains(message.sendOn())))) {
				result.put(message.id(), info(message, zone));
			}
		}
		return result;
	}

	/** The message keyed by its id; empty when the workspace has no such message. */
	Map<String, MessageInfo> message(Workspace workspace, Conditions conditions) {
		String messageId = conditions.messageId("message");
		if (messageId == null) {
			throw JsonRpcException.invalidParams("message is mandatory: {\"message\": \"MESSAGE_ID\"}");
		}
		return this.catalogue.find(workspace.id(), messageId)
			.map((message) -> Map.of(message.id(), info(message, workspace.timezone())))
			.orElse(Map.of());
	}

	private static MessageInfo info(GetResponseCatalogue.Message message, ZoneId zone) {
		return new MessageInfo(message.campaign(), message.type(), message.subject(), message.name(),
				format(message.sendOn(), zone), format(message.createdOn(), zone));
	}

	private static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? TIME.format(instant.atZone(zone)) : null;
	}

	private static Set<String> campaigns(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (!node.isArray() || node.valueStream().anyMatch((id) -> !id.isString())) {
			throw JsonRpcException.invalidParams("campaigns must be an array of CAMPAIGN_ID strings");
		}
		Set<String> campaigns = new HashSet<>();
		node.forEach((id) -> campaigns.add(id.stringValue()));
		return campaigns;
	}

	private static String type(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (!node.isString() || !TYPES.contains(node.stringValue())) {
			throw JsonRpcException.invalidParams("type must be one of " + String.join(", ", TYPES));
		}
		return node.stringValue();
	}

}
