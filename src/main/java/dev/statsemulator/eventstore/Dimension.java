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
	DETAIL

}
