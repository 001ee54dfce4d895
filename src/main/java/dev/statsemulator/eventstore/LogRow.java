package dev.statsemulator.eventstore;

import org.jspecify.annotations.Nullable;

/**
 * One listed event as its row was read, for writers that copy it straight into an answer
 * ({@link EventLog#pageRows}): the event's time and type, its own message, recipient,
 * user, platform and status, and its campaign and application or, where it has none, its
 * message's. A row handed to a reader is valid only during that call.
 */
public interface LogRow {

	/** The event's time in epoch milliseconds. */
	long atMillis();

	EventType type();

	@Nullable String message();

	/** The event's campaign, else its message's. */
	@Nullable String campaign();

	/** The event's application, else its message's. */
	@Nullable String application();

	/** The catalogue number of the event's message, 0 when it has none. */
	long messageNumber();

	/** The recipient (address, phone, device). */
	@Nullable String contact();

	@Nullable String user();

	/** The platform's code, "" when the event has none. */
	String platform();

	/** What {@link Event#detail()} is for the event. */
	String detail();

}
