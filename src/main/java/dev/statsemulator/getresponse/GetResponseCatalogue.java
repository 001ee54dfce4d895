package dev.statsemulator.getresponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.EventStore;

import org.springframework.stereotype.Component;

/**
 * The message catalogue as GetResponse sees it: its email messages only (push and SMS
 * messages belong to the other vendors' lenses), with the vendor's defaults for what the
 * catalogue leaves open.
 */
@Component
class GetResponseCatalogue {

	static final String NEWSLETTER = "newsletter";

	private final EventStore events;

	GetResponseCatalogue(EventStore events) {
		this.events = events;
	}

	/**
	 * A message as GetResponse sees it.
	 *
	 * @param id MESSAGE_ID
	 * @param campaign CAMPAIGN_ID, or null
	 * @param type the catalogue's type, "newsletter" when it has none
	 * @param subject the subject, or null
	 * @param name the name, or null
	 * @param sendOn when it was sent: the catalogue's send time, else its creation time;
	 * null for types without a fixed sending time (autoresponder, draft)
	 * @param createdOn when it was created
	 */
	record Message(String id, String campaign, String type, String subject, String name, Instant sendOn,
			Instant createdOn) {
	}

	Optional<Message> find(String workspaceId, String messageId) {
		return this.events.message(workspaceId, messageId).filter(GetResponseCatalogue::isEmail).map(this::toMessage);
	}

	/** Oldest first. */
	List<Message> list(String workspaceId) {
		return this.events.messages(workspaceId)
			.stream()
			.filter(GetResponseCatalogue::isEmail)
			.map(this::toMessage)
			.toList();
	}

	private static boolean isEmail(CatalogueMessage message) {
		return message.channel() == null || "email".equals(message.channel());
	}

	private Message toMessage(CatalogueMessage message) {
		String type = (message.type() != null) ? message.type() : NEWSLETTER;
		boolean sentAtAPoint = NEWSLETTER.equals(type) || "ab_test".equals(type);
		Instant sendOn = sentAtAPoint ? ((message.sendAt() != null) ? message.sendAt() : message.createdAt()) : null;
		return new Message(message.id(), message.campaign(), type, message.subject(), message.name(), sendOn,
				message.createdAt());
	}

}
