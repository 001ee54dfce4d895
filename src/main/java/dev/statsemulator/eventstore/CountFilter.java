package dev.statsemulator.eventstore;

import java.util.Set;

/**
 * Which events a count includes. Empty sets and a null message mean "any".
 *
 * @param channels channels to include
 * @param platforms platform codes to include ("" for events without a platform)
 * @param messageKey the message (for chat messages, the room) to count, or null for all
 * @param details details to include (see {@link Event#detail()})
 */
public record CountFilter(Set<Channel> channels, Set<String> platforms, String messageKey, Set<String> details) {

	public static final CountFilter ANY = new CountFilter(Set.of(), Set.of(), null, Set.of());

	public CountFilter {
		channels = Set.copyOf(channels);
		platforms = Set.copyOf(platforms);
		details = Set.copyOf(details);
	}

	public static CountFilter message(String messageKey) {
		return new CountFilter(Set.of(), Set.of(), messageKey, Set.of());
	}

	public CountFilter withChannels(Set<Channel> channels) {
		return new CountFilter(channels, this.platforms, this.messageKey, this.details);
	}

	public CountFilter withPlatforms(Set<String> platforms) {
		return new CountFilter(this.channels, platforms, this.messageKey, this.details);
	}

	public CountFilter withDetails(Set<String> details) {
		return new CountFilter(this.channels, this.platforms, this.messageKey, details);
	}

	boolean matches(Channel channel, String platform, String messageKey, String detail) {
		return (this.channels.isEmpty() || this.channels.contains(channel))
				&& (this.platforms.isEmpty() || this.platforms.contains(platform))
				&& (this.messageKey == null || this.messageKey.equals(messageKey))
				&& (this.details.isEmpty() || this.details.contains(detail));
	}

}
