package dev.statsemulator.eventstore;

/**
 * A stored event with its position in the workspace's event order and what the message
 * catalogue says about its message.
 *
 * @param seq its storage sequence number (the order of events of the same millisecond)
 * @param event the event
 * @param messageNumber the catalogue number of its message, or null without a message
 * @param messageCampaign the campaign the catalogue gives its message, or null
 * @param messageApplication the application the catalogue gives its message, or null
 */
public record LoggedEvent(long seq, Event event, Long messageNumber, String messageCampaign,
		String messageApplication) {
}
