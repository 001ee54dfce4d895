package dev.statsemulator.rocketchat;

import java.util.List;

/**
 * The answer of messages/origin.
 *
 * @param origins messages per room type
 * @param success always true
 */
record MessageOriginsResponse(List<Origin> origins, boolean success) {

	/**
	 * The field order is the real server's ({@code messages} before {@code t}).
	 *
	 * @param messages messages sent in rooms of the type
	 * @param t the room type: c, p, d or l
	 */
	record Origin(long messages, String t) {
	}

}
