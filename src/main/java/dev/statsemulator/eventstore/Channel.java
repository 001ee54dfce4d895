package dev.statsemulator.eventstore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The delivery channel of an event. */
public enum Channel {

	EMAIL, SMS, PUSH, CHAT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Channel> fromCode(String code) {
		return Arrays.stream(values()).filter((channel) -> channel.code().equals(code)).findFirst();
	}

}
