package dev.statsemulator.eventstore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Why an email bounced; hard bounces are permanent. */
public enum BounceType {

	USER_UNKNOWN(true), USER_RECYCLED(true), MAILBOX_FULL(false), BLOCK_CONTENT(false), BLOCK_TIMEOUT(false),
	BLOCK_OTHER(false), OTHER_SOFT(false), OTHER_HARD(true);

	private static final Map<String, BounceType> BY_CODE = Codes.byCode(values(), BounceType::code);

	private final String code;

	private final boolean hard;

	BounceType(boolean hard) {
		this.code = name().toLowerCase(Locale.ROOT);
		this.hard = hard;
	}

	public boolean hard() {
		return this.hard;
	}

	public String code() {
		return this.code;
	}

	public static Optional<BounceType> fromCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

}
