package dev.statsemulator.eventstore;

/** A dimension that counts can be broken down by. */
public enum Dimension {

	/** No breakdown: one group, keyed "". */
	NONE,
	/** By channel code. */
	CHANNEL,
	/** By platform code ("" when unknown). */
	PLATFORM,
	/** By message id (for chat messages, the room id). */
	MESSAGE,
	/**
	 * By {@link Event#detail()}: bounce type, complaint handling, conversion name, room
	 * type, send status.
	 */
	DETAIL,
	/**
	 * By message id and platform together: the key is {@link #messageAndPlatform}, so one
	 * query breaks many messages down by platform.
	 */
	MESSAGE_AND_PLATFORM;

	/** Separates the parts of a {@link #MESSAGE_AND_PLATFORM} key (never in a code). */
	private static final char SEPARATOR = '\u001F';

	/**
	 * The {@link #MESSAGE_AND_PLATFORM} key of a message and a platform: the platform
	 * code ("" when unknown), a unit separator (U+001F), the message id.
	 */
	public static String messageAndPlatform(String messageKey, String platform) {
		return ((platform != null) ? platform : "") + SEPARATOR + ((messageKey != null) ? messageKey : "");
	}

	/** The message id of a {@link #MESSAGE_AND_PLATFORM} key. */
	public static String messageOf(String messageAndPlatform) {
		return messageAndPlatform.substring(messageAndPlatform.indexOf(SEPARATOR) + 1);
	}

	/** The platform code of a {@link #MESSAGE_AND_PLATFORM} key ("" when unknown). */
	public static String platformOf(String messageAndPlatform) {
		return messageAndPlatform.substring(0, messageAndPlatform.indexOf(SEPARATOR));
	}

}
