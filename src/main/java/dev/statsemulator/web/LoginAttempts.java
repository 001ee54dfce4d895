package dev.statsemulator.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (a user, a client address), counted since the key's last
 * successful login, as a vendor's "block failed login attempts" feature keeps them: a key
 * with at least {@code attempts} failures is blocked until {@code block} after its latest
 * failure. Kept in memory, on real time (a frozen emulator clock must not hold a block
 * forever); bounded: beyond {@link #MAX_KEYS} keys, those whose latest failure is older
 * than {@code forget} are dropped first.
 */
public final class LoginAttempts {

	static final int MAX_KEYS = 100_000;

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration forget;

	private record State(int failures, Instant latest) {
	}

	/**
	 * @param forget how long a key's failures are remembered without a new one (at least
	 * the longest block)
	 */
	public LoginAttempts(Clock clock, Duration forget) {
		this.clock = clock;
		this.forget = forget;
	}

	/**
	 * Until when the key is blocked, if it is: {@code attempts} or more failures since
	 * its last success, the latest less than {@code block} ago.
	 */
	public Optional<Instant> blockedUntil(String key, int attempts, Duration block) {
		State state = this.states.get(key);
		if (state == null || state.failures() < attempts) {
			return Optional.empty();
		}
		Instant until = state.latest().plus(block);
		return this.clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
	}

	/** Counts a failed login (a blocked one too, as the vendors do). */
	public void failed(String key) {
		Instant now = this.clock.instant();
		if (this.states.size() >= MAX_KEYS) {
			Instant stale = now.minus(this.forget);
			this.states.values().removeIf((state) -> state.latest().isBefore(stale));
			if (this.states.size() >= MAX_KEYS) {
				this.states.clear();
			}
		}
		this.states.merge(key, new State(1, now), (old, one) -> new State(old.failures() + 1, now));
	}

	/** A successful login: the key's count starts over. */
	public void succeeded(String key) {
		this.states.remove(key);
	}

	/** Forgets every key's failures (a full reset of the emulator). */
	public void clear() {
		this.states.clear();
	}

	/** How many failures the key has since its last success. */
	public int failures(String key) {
		State state = this.states.get(key);
		return (state != null) ? state.failures() : 0;
	}

}
