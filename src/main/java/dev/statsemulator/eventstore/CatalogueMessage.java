package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A message of the catalogue: a newsletter, push or SMS that events belong to.
 *
 * @param id the message id or code a lens shows
 * @param number its numeric id, unique in the workspace
 * @param registered whether it was registered through the control API (false: created
 * from events)
 * @param application application code
 * @param campaign campaign code or id
 * @param channel email, sms or push
 * @param platforms platform codes it was sent to
 * @param name internal name
 * @param subject email subject
 * @param title push title
 * @param content content per language or part (any JSON object)
 * @param template template code
 * @param createdAt when it was created (for unregistered messages: its first event)
 * @param sendAt when it was (or will be) sent
 * @param status e.g. done, scheduled
 * @param source how it was sent, e.g. API, CP
 * @param type e.g. newsletter, autoresponder
 */
public record CatalogueMessage(String id, long number, boolean registered, String application, String campaign,
		String channel, List<String> platforms, String name, String subject, String title, JsonNode content,
		String template, Instant createdAt, Instant sendAt, String status, String source, String type) {
}
