package dev.statsemulator.eventstore;

import java.util.Set;

/**
 * Which stored events a listing ({@link EventLog}) includes. A null set means "any"; an
 * empty set matches nothing.
 * <p>
 * An event's application and campaign are its own, or, when it has none, those the
 * message catalogue gives its message: the same events the counts of a message's
 * application include.
 *
 * @param types event types to include (required, not empty)
 * @param applications application codes (the event's, else its message's)
 * @param messages message ids or codes
 * @param contacts recipients (device HWIDs, email addresses)
 * @param user application user id, or null for any
 * @param platforms platform codes ({@link Platform#code()})
 * @param channels channels
 * @param bounces bounce types that bounced events must have (other types are not
 * affected)
 * @param withLink whether only events with a link (clicks) are included
 * @param linkTemplate null for any link; else only links whose template form (the URL
 * without its query string and fragment) equals it, or, when it ends with {@code *},
 * starts with the part before the {@code *}
 * @param fromMillis first included event time (epoch ms), or null
 * @param toMillis first excluded event time (epoch ms), or null
 * @param campaign null for any; else the campaign (the event's, else its message's)
 * @param messageNumbers catalogue numbers of the events' messages
 * @param messageTemplate null for any; else the catalogue template of the events' message
 */
public record EventSelection(Set<EventType> types, Set<String> applications, Set<String> messages, Set<String> contacts,
		String user, Set<String> platforms, Set<Channel> channels, Set<BounceType> bounces, boolean withLink,
		String linkTemplate, Long fromMillis, Long toMillis, String campaign, Set<Long> messageNumbers,
		String messageTemplate) {

	public EventSelection {
		if (types == null || types.isEmpty()) {
			throw new IllegalArgumentException("a selection needs at least one event type");
		}
		types = Set.copyOf(types);
		applications = copy(applications);
		messages = copy(messages);
		contacts = copy(contacts);
		platforms = copy(platforms);
		channels = copy(channels);
		bounces = copy(bounces);
		messageNumbers = copy(messageNumbers);
	}

	/** Events of these types, no other condition. */
	public static EventSelection of(Set<EventType> types) {
		return new EventSelection(types, null, null, null, null, null, null, null, false, null, null, null, null, null,
				null);
	}

	public EventSelection withApplications(Set<String> applications) {
		return new EventSelection(this.types, applications, this.messages, this.contacts, this.user, this.platforms,
				this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withMessages(Set<String> messages) {
		return new EventSelection(this.types, this.applications, messages, this.contacts, this.user, this.platforms,
				this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withContacts(Set<String> contacts) {
		return new EventSelection(this.types, this.applications, this.messages, contacts, this.user, this.platforms,
				this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withUser(String user) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, user, this.platforms,
				this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withPlatforms(Set<String> platforms) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user, platforms,
				this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withChannels(Set<Channel> channels) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis,
				this.toMillis, this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withBounces(Set<BounceType> bounces) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, bounces, this.withLink, this.linkTemplate, this.fromMillis,
				this.toMillis, this.campaign, this.messageNumbers, this.messageTemplate);
	}

	public EventSelection withLinkOnly() {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, true, this.linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	/** Only events whose link has this template form (see {@link #linkTemplate()}). */
	public EventSelection withLinkTemplate(String linkTemplate) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, true, linkTemplate, this.fromMillis, this.toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	/** Events in {@code [fromMillis, toMillis)}; either end may be null (open). */
	public EventSelection between(Long fromMillis, Long toMillis) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, this.withLink, this.linkTemplate, fromMillis, toMillis,
				this.campaign, this.messageNumbers, this.messageTemplate);
	}

	/** Only events of this campaign (see {@link #campaign()}); null for any. */
	public EventSelection withCampaign(String campaign) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis,
				this.toMillis, campaign, this.messageNumbers, this.messageTemplate);
	}

	/** Only events of the messages with these catalogue numbers; null for any. */
	public EventSelection withMessageNumbers(Set<Long> messageNumbers) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis,
				this.toMillis, this.campaign, messageNumbers, this.messageTemplate);
	}

	/** Only events of messages with this catalogue template; null for any. */
	public EventSelection withMessageTemplate(String messageTemplate) {
		return new EventSelection(this.types, this.applications, this.messages, this.contacts, this.user,
				this.platforms, this.channels, this.bounces, this.withLink, this.linkTemplate, this.fromMillis,
				this.toMillis, this.campaign, this.messageNumbers, messageTemplate);
	}

	/** Whether some set condition is empty, so no event can match. */
	boolean matchesNothing() {
		return isEmpty(this.applications) || isEmpty(this.messages) || isEmpty(this.contacts) || isEmpty(this.platforms)
				|| isEmpty(this.channels) || isEmpty(this.bounces) || isEmpty(this.messageNumbers)
				|| (this.fromMillis != null && this.toMillis != null && this.fromMillis >= this.toMillis);
	}

	private static boolean isEmpty(Set<?> values) {
		return values != null && values.isEmpty();
	}

	private static <T> Set<T> copy(Set<T> values) {
		return (values != null) ? Set.copyOf(values) : null;
	}

}
