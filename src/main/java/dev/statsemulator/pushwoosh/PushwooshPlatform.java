package dev.statsemulator.pushwoosh;

import java.util.Arrays;
import java.util.Optional;

import dev.statsemulator.eventstore.Platform;

/**
 * Pushwoosh's platform codes and names for the emulator's platforms: the numeric code
 * (statistics rows), the enum name of messages:list and the name of getMessageLog.
 */
enum PushwooshPlatform {

	IOS(Platform.IOS, 1, "IOS", "ios"), ANDROID(Platform.ANDROID, 3, "ANDROID", "android"),
	OSX(Platform.OSX, 7, "OSX", "osx"), WINDOWS(Platform.WINDOWS, 8, "WINDOWS", "windows"),
	AMAZON(Platform.AMAZON, 9, "AMAZON", "amazon"), SAFARI(Platform.SAFARI, 10, "SAFARI", "safari"),
	CHROME(Platform.CHROME, 11, "CHROME", "chrome"), FIREFOX(Platform.FIREFOX, 12, "FIREFOX", "firefox"),
	IE(Platform.IE, 13, "IE", "ie"), EMAIL(Platform.EMAIL, 14, "EMAIL", "email"),
	HUAWEI_ANDROID(Platform.HUAWEI_ANDROID, 17, "HUAWEI_ANDROID", "huawei android"),
	SMS(Platform.SMS, 18, "SMS", "sms"), XIAOMI(Platform.XIAOMI, 19, "XIAOMI", "xiaomi"),
	WHATSAPP(Platform.WHATSAPP, 21, "WHATSAPP", "whatsapp");

	private final Platform platform;

	private final int code;

	private final String enumName;

	private final String logName;

	PushwooshPlatform(Platform platform, int code, String enumName, String logName) {
		this.platform = platform;
		this.code = code;
		this.enumName = enumName;
		this.logName = logName;
	}

	/** The emulator's platform code ({@link Platform#code()}). */
	String emulatorCode() {
		return this.platform.code();
	}

	int code() {
		return this.code;
	}

	String enumName() {
		return this.enumName;
	}

	String logName() {
		return this.logName;
	}

	static Optional<PushwooshPlatform> ofEmulatorCode(String code) {
		return Arrays.stream(values()).filter((p) -> p.platform.code().equals(code)).findFirst();
	}

	static Optional<PushwooshPlatform> ofCode(int code) {
		return Arrays.stream(values()).filter((p) -> p.code == code).findFirst();
	}

	static Optional<PushwooshPlatform> ofEnumName(String name) {
		return Arrays.stream(values()).filter((p) -> p.enumName.equals(name)).findFirst();
	}

	/** A getMessageLog name; the emulator's own spelling (huawei_android) works too. */
	static Optional<PushwooshPlatform> ofLogName(String name) {
		return Arrays.stream(values())
			.filter((p) -> p.logName.equals(name) || p.platform.code().equals(name))
			.findFirst();
	}

}
