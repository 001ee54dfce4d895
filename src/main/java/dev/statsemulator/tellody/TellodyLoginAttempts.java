package dev.statsemulator.tellody;

import java.time.Clock;

import dev.statsemulator.web.LoginAttempts;
import dev.statsemulator.workspace.AllWorkspacesDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tellody's failed logins per username (what locks a username), kept where a full reset
 * of the emulator can forget them.
 */
@Component
class TellodyLoginAttempts {

	private final LoginAttempts attempts;

	TellodyLoginAttempts(TellodyProperties properties) {
		this.attempts = new LoginAttempts(Clock.systemUTC(), properties.failedLogins().lock());
	}

	LoginAttempts attempts() {
		return this.attempts;
	}

	/** A full reset: every username's failed logins are forgotten. */
	@EventListener
	void on(AllWorkspacesDeleted reset) {
		this.attempts.clear();
	}

}
