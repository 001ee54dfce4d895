package dev.statsemulator.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault to inject into one workspace's vendor calls, e.g.
 * {@code Fault.rateLimit().vendor("getresponse").next(1)} or
 * {@code Fault.delay(200).maxDelay(800).seed(7)}.
 *
 * @param id assigned by the emulator (null before)
 * @param vendor only this vendor (null: all)
 * @param path only paths starting with this (null: all)
 * @param delayMillis delay before answering
 * @param maxDelayMillis when set, a random delay between delayMillis and this
 * @param errorRate share of calls (0 to 1) that fail
 * @param failNext the next N calls fail
 * @param failure rate-limit, unavailable or session-expired
 * @param seed seed of the random draws
 * @param injected how many calls the rule failed or delayed (as listed)
 */
public record Fault(String id, String vendor, String path, Long delayMillis, Long maxDelayMillis, Double errorRate,
		Integer failNext, String failure, Long seed, Long injected) {

	/** Calls fail with the vendor's rate-limit answer. */
	public static Fault rateLimit() {
		return new Fault(null, null, null, null, null, null, null, "rate-limit", null, null);
	}

	/** Calls fail with a plain 503. */
	public static Fault unavailable() {
		return new Fault(null, null, null, null, null, null, null, "unavailable", null, null);
	}

	/** Calls fail as with an expired session or key. */
	public static Fault sessionExpired() {
		return new Fault(null, null, null, null, null, null, null, "session-expired", null, null);
	}

	/** Calls are delayed. */
	public static Fault delay(long millis) {
		return new Fault(null, null, null, millis, null, null, null, null, null, null);
	}

	public Fault vendor(String vendor) {
		return new Fault(this.id, vendor, this.path, this.delayMillis, this.maxDelayMillis, this.errorRate,
				this.failNext, this.failure, this.seed, this.injected);
	}

	public Fault path(String path) {
		return new Fault(this.id, this.vendor, path, this.delayMillis, this.maxDelayMillis, this.errorRate,
				this.failNext, this.failure, this.seed, this.injected);
	}

	public Fault maxDelay(long millis) {
		return new Fault(this.id, this.vendor, this.path, this.delayMillis, millis, this.errorRate, this.failNext,
				this.failure, this.seed, this.injected);
	}

	/** The next {@code calls} calls fail. */
	public Fault next(int calls) {
		return new Fault(this.id, this.vendor, this.path, this.delayMillis, this.maxDelayMillis, this.errorRate, calls,
				this.failure, this.seed, this.injected);
	}

	/** This share of calls (0 to 1) fails, drawn from the seed. */
	public Fault rate(double errorRate) {
		return new Fault(this.id, this.vendor, this.path, this.delayMillis, this.maxDelayMillis, errorRate,
				this.failNext, this.failure, this.seed, this.injected);
	}

	public Fault seed(long seed) {
		return new Fault(this.id, this.vendor, this.path, this.delayMillis, this.maxDelayMillis, this.errorRate,
				this.failNext, this.failure, seed, this.injected);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		putIfSet(json, "vendor", this.vendor);
		putIfSet(json, "path", this.path);
		putIfSet(json, "delayMillis", this.delayMillis);
		putIfSet(json, "maxDelayMillis", this.maxDelayMillis);
		putIfSet(json, "errorRate", this.errorRate);
		putIfSet(json, "failNext", this.failNext);
		putIfSet(json, "failure", this.failure);
		putIfSet(json, "seed", this.seed);
		return json;
	}

	static Fault of(Map<String, Object> json) {
		return new Fault((String) json.get("id"), (String) json.get("vendor"), (String) json.get("path"),
				longOrNull(json.get("delayMillis")), longOrNull(json.get("maxDelayMillis")),
				(json.get("errorRate") instanceof Number rate) ? rate.doubleValue() : null,
				(json.get("failNext") instanceof Number next) ? next.intValue() : null, (String) json.get("failure"),
				longOrNull(json.get("seed")), longOrNull(json.get("injected")));
	}

	private static Long longOrNull(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	private static void putIfSet(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

}
