package dev.statsemulator.eventstore;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Metadata of a message as the control API receives it; only {@code id} is required.
 * Times are ISO-8601 instants with offset, or epoch milliseconds.
 */
public record MessageRegistration(String id, Long number, String application, String campaign, String channel,
		List<String> platforms, String name, String subject, String title, JsonNode content, String template,
		JsonNode createdAt, JsonNode sendAt, String status, String source, String type) {
}
