package dev.statsemulator.faults;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an injected failure answers, each vendor in its own shape.
 */
public enum FaultKind {

	/**
	 * The vendor's answer to too many requests: Rocket.Chat's 429
	 * {@code error-too-many-requests}, Pushwoosh's 429 with gRPC code 8
	 * (RESOURCE_EXHAUSTED), a GetResponse JSON-RPC error, Tellody's 429.
	 */
	RATE_LIMIT("rate-limit"),

	/**
	 * A plain 503 Service Unavailable, as a load balancer in front of any vendor sends.
	 */
	UNAVAILABLE("unavailable"),

	/**
	 * The credential stops working for this call: Tellody's session ends (401 not logged
	 * in), Rocket.Chat's 401, Pushwoosh's 401, GetResponse's "API key verification
	 * failed".
	 */
	SESSION_EXPIRED("session-expired");

	private final String code;

	FaultKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<FaultKind> fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code.equals((code != null) ? code.toLowerCase(Locale.ROOT) : null))
			.findFirst();
	}

}
