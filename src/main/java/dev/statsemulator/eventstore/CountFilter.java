package dev.statsemulator.eventstore;

import java.util.Set;

/**
 * Which events a count includes. Empty sets and a null message mean "any".
 *
 * @param channels channels to include
 * @param platforms platform codes to include ("" for events without a platform)
 * @param messageKey the message (for chat messages, the room) to count, or null for all
 * @param details details to include (see {@link Event#detail()})
 * @param messageKeys null for any message; else only these messages (an empty set matches
 * nothing), counted from the per-message rollup like {@code messageKey}: one query for
 * many messages, with {@link Dimension#MESSAGE} or {@link Dimension#MESSAGE_AND_PLATFORM}
 * to tell them apart
 */
public record CountFilter(Set<Channel> channels, Set<String> platforms, String messageKey, Set<String> details,
		Set<String> messageKeys) {

	public static final CountFilter ANY = new CountFilter(Set.of(), Set.of(), null, Set.of());

	public CountFilter {
		channels = Set.copyOf(channels);
		platforms = Set.copyOf(platforms);
		details = Set.copyOf(details);
		messageKeys = (messageKeys != null) ? Set.copyOf(messageKeys) : null;
	}

	/** A filter for any set of messages ({@code messageKeys} null). */
	public CountFilter(Set<Channel> channels, Set<String> platforms, String messageKey, Set<String> details) {
		this(channels, platforms, messageKey, details, null);
	}

	public static CountFilter message(String messageKey) {
		return new CountFilter(Set.of(), Set.of(), messageKey, Set.of());
	}

	/** Events of these messages only (see {@link #messageKeys()}). */
	public static CountFilter messages(Set<String> messageKeys) {
		return new CountFilter(Set.of(), Set.of(), null, Set.of(), messageKeys);
	}

	public CountFilter withChannels(Set<Channel> channels) {
		return new CountFilter(channels, this.platforms, this.messageKey, this.details, this.messageKeys);
	}

	public CountFilter withPlatforms(Set<String> platforms) {
		return new CountFilter(this.channels, platforms, this.messageKey, this.details, this.messageKeys);
	}

	public CountFilter withDetails(Set<String> details) {
		return new CountFilter(this.channels, this.platforms, this.messageKey, details, this.messageKeys);
	}

	/** Whether the count reads the per-message rollup. */
	boolean perMessage() {
		return this.messageKey != null || this.messageKeys != null;
	}

	boolean matches(Channel channel, String platform, String messageKey, String detail) {
		return (this.channels.isEmpty() || this.channels.contains(channel))
				&& (this.platforms.isEmpty() || this.platforms.contains(platform))
				&& (this.messageKey == null || this.messageKey.equals(messageKey))
				&& (this.messageKeys == null || (messageKey != null && this.messageKeys.contains(messageKey)))
				&& (this.details.isEmpty() || this.details.contains(detail));
	}

}
