package dev.statsemulator.eventstore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The vendor-neutral event types. */
public enum EventType {

	// message lifecycle
	SENT, DELIVERED, OPENED(true), CLICKED(true), BOUNCED, COMPLAINED, UNSUBSCRIBED, FORWARDED, GOAL(true), REJECTED,
	FAILED, UNSHOWABLE, INBOX_DELIVERED(Channel.PUSH), INBOX_READ(Channel.PUSH), INBOX_OPENED(Channel.PUSH),
	INBOX_DELETED(Channel.PUSH), CONVERSION,
	// contacts
	CONTACT_ADDED, GROUP_ADDED, CONTACT_SERVED, OPTOUT_REQUESTED, OPTOUT_COMPLETED,
	// landing-page codes (URL clicks are CLICKED)
	DOWNLOADED, VOUCHER_VIEWED,
	// chat
	CHAT_MESSAGE(Channel.CHAT);

	private static final Map<String, EventType> BY_CODE = Codes.byCode(values(), EventType::code);

	private final String code;

	private final Channel defaultChannel;

	private final boolean firstOccurrenceTracked;

	EventType() {
		this(Channel.EMAIL, false);
	}

	EventType(boolean firstOccurrenceTracked) {
		this(Channel.EMAIL, firstOccurrenceTracked);
	}

	EventType(Channel defaultChannel) {
		this(defaultChannel, false);
	}

	EventType(Channel defaultChannel, boolean firstOccurrenceTracked) {
		this.code = name().toLowerCase(Locale.ROOT);
		this.defaultChannel = defaultChannel;
		this.firstOccurrenceTracked = firstOccurrenceTracked;
	}

	/** The name used in JSON and in the store, e.g. {@code inbox_read}. */
	public String code() {
		return this.code;
	}

	public Channel defaultChannel() {
		return this.defaultChannel;
	}

	/**
	 * Whether the first event of this type per (message, contact) is recorded, so
	 * "unique" counts (first opens, clicks and goals per recipient) can be answered.
	 */
	public boolean firstOccurrenceTracked() {
		return this.firstOccurrenceTracked;
	}

	public static Optional<EventType> fromCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

}
