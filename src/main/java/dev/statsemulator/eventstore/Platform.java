package dev.statsemulator.eventstore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Device or delivery platforms, as Pushwoosh distinguishes them. */
public enum Platform {

	IOS, ANDROID, OSX, WINDOWS, AMAZON, SAFARI, CHROME, FIREFOX, IE, EMAIL, HUAWEI_ANDROID, SMS, XIAOMI, WHATSAPP;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Platform> fromCode(String code) {
		return Arrays.stream(values()).filter((platform) -> platform.code().equals(code)).findFirst();
	}

}
