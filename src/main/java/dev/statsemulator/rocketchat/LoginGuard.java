package dev.statsemulator.rocketchat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import dev.statsemulator.web.LoginAttempts;
import dev.statsemulator.workspace.AllWorkspacesDeleted;

import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What stands between POST /api/v1/login and a password guesser, as on a Rocket.Chat
 * server: the REST API's rate limiter (calls per client address per interval, then 429
 * {@code error-too-many-requests} saying how long to wait), and "Block failed login
 * attempts" (after N failed logins since the last success, by user and by address, logins
 * are refused for a while with {@code error-login-blocked-for-user} / {@code -ip}). On
 * real time, in memory.
 */
@Component
class LoginGuard {

	/** Windows of the rate limiter kept at most; stale ones go first. */
	private static final int MAX_WINDOWS = 100_000;

	private final RocketChatProperties properties;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final LoginAttempts attempts;

	@Autowired
	LoginGuard(RocketChatProperties properties) {
		this(properties, Clock.systemUTC());
	}

	LoginGuard(RocketChatProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Duration longest = properties.failedLogins().blockByUser().compareTo(properties.failedLogins().blockByIp()) > 0
				? properties.failedLogins().blockByUser() : properties.failedLogins().blockByIp();
		this.attempts = new LoginAttempts(clock, longest);
	}

	private record Window(Instant start, int calls) {
	}

	/** A full reset: failed logins and the login rate limiter's windows start over. */
	@EventListener
	void on(AllWorkspacesDeleted reset) {
		this.attempts.clear();
		this.windows.clear();
	}

	/**
	 * The client address as the server takes it: the {@code X-Real-IP} header when
	 * present, else the connection's address.
	 */
	static String clientAddress(HttpServletRequest request) {
		String realIp = request.getHeader("X-Real-IP");
		return StringUtils.hasText(realIp) ? realIp.strip() : String.valueOf(request.getRemoteAddr());
	}

	/**
	 * Counts a call to the login against the rate limit.
	 * @return the rate limit headers to answer with
	 * @throws RocketChatException 429 {@code error-too-many-requests} past the limit
	 */
	HttpHeaders rateLimit(String address) {
		HttpHeaders headers = new HttpHeaders();
		RocketChatProperties.RateLimit limit = this.properties.loginRateLimit();
		if (!limit.enabled()) {
			return headers;
		}
		Instant now = this.clock.instant();
		if (this.windows.size() >= MAX_WINDOWS) {
			this.windows.values().removeIf((window) -> !now.isBefore(window.start().plus(limit.interval())));
		}
		Window window = this.windows.compute(address,
				(key, old) -> (old == null || !now.isBefore(old.start().plus(limit.interval()))) ? new Window(now, 1)
						: new Window(old.start(), old.calls() + 1));
		long timeToReset = Math.max(0, Duration.between(now, window.start().plus(limit.interval())).toMillis());
		headers.set("X-RateLimit-Limit", String.valueOf(limit.calls()));
		headers.set("X-RateLimit-Remaining", String.valueOf(Math.max(0, limit.calls() - window.calls())));
		headers.set("X-RateLimit-Reset", String.valueOf(now.toEpochMilli() + timeToReset));
		if (window.calls() > limit.calls()) {
			throw RocketChatErrors.tooManyRequests((timeToReset + 999) / 1000, headers);
		}
		return headers;
	}

	/**
	 * Refuses the login while the address or the user is blocked (the address first); the
	 * refusal counts as a failed login, as on the server.
	 * @param user the account's id when the name is a known user, else null
	 */
	void checkNotBlocked(String address, @Nullable String user) {
		RocketChatProperties.FailedLogins failed = this.properties.failedLogins();
		if (!failed.enabled()) {
			return;
		}
		if (failed.attemptsByIp() > 0
				&& this.attempts.blockedUntil(ipKey(address), failed.attemptsByIp(), failed.blockByIp()).isPresent()) {
			failed(address, user);
			throw RocketChatErrors.loginBlocked("ip");
		}
		if (user != null && failed.attemptsByUser() > 0
				&& this.attempts.blockedUntil(userKey(user), failed.attemptsByUser(), failed.blockByUser())
					.isPresent()) {
			failed(address, user);
			throw RocketChatErrors.loginBlocked("user");
		}
	}

	/** A failed login from the address, for the user when the name is a known user. */
	void failed(String address, @Nullable String user) {
		if (!this.properties.failedLogins().enabled()) {
			return;
		}
		this.attempts.failed(ipKey(address));
		if (user != null) {
			this.attempts.failed(userKey(user));
		}
	}

	/** A successful login: the address's and the user's counts start over. */
	void succeeded(String address, String user) {
		this.attempts.succeeded(ipKey(address));
		this.attempts.succeeded(userKey(user));
	}

	private static String ipKey(String address) {
		return "ip\u0000" + address;
	}

	private static String userKey(String user) {
		return "user\u0000" + user;
	}

}
