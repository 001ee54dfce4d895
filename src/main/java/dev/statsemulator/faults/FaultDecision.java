package dev.statsemulator.faults;

/**
 * What to do to one vendor call.
 *
 * @param delayMillis how long to wait before answering (0: no delay)
 * @param failure how to fail it, or null to answer it normally
 * @param ruleId the rule that decided, or null when none applied
 */
public record FaultDecision(long delayMillis, FaultKind failure, String ruleId) {

	public static final FaultDecision NONE = new FaultDecision(0, null, null);

	public boolean injects() {
		return this.delayMillis > 0 || this.failure != null;
	}

	/**
	 * How the journal names this decision, e.g. {@code rate-limit} or
	 * {@code delay 200ms}.
	 */
	public String describe() {
		if (!injects()) {
			return null;
		}
		String delay = (this.delayMillis > 0) ? "delay " + this.delayMillis + "ms" : null;
		if (this.failure == null) {
			return delay;
		}
		return (delay != null) ? this.failure.code() + " after " + delay : this.failure.code();
	}

}
