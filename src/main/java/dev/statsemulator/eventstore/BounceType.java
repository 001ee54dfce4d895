package dev.statsemulator.eventstore;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an email bounced; hard bounces are permanent. */
public enum BounceType {

	USER_UNKNOWN(true), USER_RECYCLED(true), MAILBOX_FULL(false), BLOCK_CONTENT(false), BLOCK_TIMEOUT(false),
	BLOCK_OTHER(false), OTHER_SOFT(false), OTHER_HARD(true);

	private final boolean hard;

	BounceType(boolean hard) {
		this.hard = hard;
	}

	public boolean hard() {
		return this.hard;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<BounceType> fromCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code().equals(code)).findFirst();
	}

}
