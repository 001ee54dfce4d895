package dev.statsemulator.eventstore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The delivery channel of an event. */
public enum Channel {

	EMAIL, SMS, PUSH, CHAT;

	private static final Map<String, Channel> BY_CODE = Codes.byCode(values(), Channel::code);

	/** The name used in JSON and in the store. */
	private final String code;

	Channel() {
		this.code = name().toLowerCase(Locale.ROOT);
	}

	public String code() {
		return this.code;
	}

	public static Optional<Channel> fromCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

}
