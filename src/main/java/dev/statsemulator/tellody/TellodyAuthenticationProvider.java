package dev.statsemulator.tellody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.statsemulator.web.LoginAttempts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a form login's username and password against the workspaces' Tellody users.
 * Deliberately not a bean: only the Tellody chain may authenticate with it. A username
 * with {@code emulator.tellody.failed-logins.attempts} wrong passwords since its last
 * successful login is locked until {@code lock} after the latest one: every login of it
 * is then refused with {@link UsernameLockedException}, the right password too, as a
 * Spring Security account lock does.
 */
class TellodyAuthenticationProvider implements AuthenticationProvider {

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_TELLODY_USER"));

	private final TellodyCredentials credentials;

	private final TellodyProperties.FailedLogins failedLogins;

	private final LoginAttempts attempts;

	private final Clock clock;

	TellodyAuthenticationProvider(TellodyCredentials credentials, TellodyProperties.FailedLogins failedLogins,
			LoginAttempts attempts) {
		this.credentials = credentials;
		this.failedLogins = failedLogins;
		this.clock = Clock.systemUTC();
		this.attempts = attempts;
	}

	/** A locked username; says until when. */
	static final class UsernameLockedException extends LockedException {

		private final transient Instant until;

		UsernameLockedException(Instant until) {
			super("User account is locked");
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		if (this.failedLogins.enabled() && username != null) {
			Optional<Instant> locked = this.attempts.blockedUntil(username, this.failedLogins.attempts(),
					this.failedLogins.lock());
			if (locked.isPresent()) {
				throw new UsernameLockedException(locked.get());
			}
		}
		Optional<TellodyAccount> account = this.credentials.authenticate(username,
				(password != null) ? password.toString() : null);
		if (account.isEmpty()) {
			if (this.failedLogins.enabled() && username != null && this.credentials.account(username).isPresent()) {
				this.attempts.failed(username);
			}
			throw new BadCredentialsException("Bad credentials");
		}
		this.attempts.succeeded(username);
		return UsernamePasswordAuthenticationToken.authenticated(TellodyUser.of(account.get()), null, AUTHORITIES);
	}

	/** Seconds until {@code until}, at least 1 (for Retry-After). */
	long secondsUntil(Instant until) {
		return Math.max(1, (Duration.between(this.clock.instant(), until).toMillis() + 999) / 1000);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
