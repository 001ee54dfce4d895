package dev.statsemulator.rocketchat;

import java.util.List;

/**
 * The answer of messages/top-five-popular-channels.
 *
 * @param channels at most five rooms, most messages first
 * @param success always true
 */
record PopularChannelsResponse(List<Channel> channels, boolean success) {

	/**
	 * The field order is the real server's ({@code messages} first).
	 *
	 * @param messages messages sent in the room
	 * @param t the room type: c, p, d or l
	 * @param name the room's name
	 * @param usernames for a direct room the users who wrote in it, sorted; empty for
	 * other rooms
	 */
	record Channel(long messages, String t, String name, List<String> usernames) {
	}

}
