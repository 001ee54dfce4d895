package dev.statsemulator.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The emulator's notion of "now". Everything that reads the current time (a lens's
 * retention rule, the demo data) asks this clock, so tests can freeze it through the
 * control API.
 */
@Component
public class EmulatorClock {

	private final Clock system;

	private final AtomicReference<Instant> frozen = new AtomicReference<>();

	public EmulatorClock() {
		this(Clock.systemUTC());
	}

	EmulatorClock(Clock system) {
		this.system = system;
	}

	public Instant now() {
		Instant fixed = this.frozen.get();
		return (fixed != null) ? fixed : this.system.instant();
	}

	public void freeze(Instant now) {
		this.frozen.set(now);
	}

	public void release() {
		this.frozen.set(null);
	}

	public Optional<Instant> frozenAt() {
		return Optional.ofNullable(this.frozen.get());
	}

}
