package dev.statsemulator.eventstore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Device or delivery platforms, as Pushwoosh distinguishes them. */
public enum Platform {

	IOS, ANDROID, OSX, WINDOWS, AMAZON, SAFARI, CHROME, FIREFOX, IE, EMAIL, HUAWEI_ANDROID, SMS, XIAOMI, WHATSAPP;

	private static final Map<String, Platform> BY_CODE = Codes.byCode(values(), Platform::code);

	/** The name used in JSON and in the store. */
	private final String code;

	Platform() {
		this.code = name().toLowerCase(Locale.ROOT);
	}

	public String code() {
		return this.code;
	}

	public static Optional<Platform> fromCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

}
