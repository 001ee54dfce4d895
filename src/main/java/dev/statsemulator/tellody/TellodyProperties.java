package dev.statsemulator.tellody;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Tellody lens's settings, under {@code emulator.tellody.*}.
 *
 * @param failedLogins locking a username after repeated wrong passwords (Tellody's
 * documentation is silent: docs/tellody.md says what the emulator decided)
 */
@Validated
@ConfigurationProperties("emulator.tellody")
record TellodyProperties(@Valid @DefaultValue FailedLogins failedLogins) {

	/**
	 * @param enabled whether wrong passwords lock a username at all
	 * @param attempts wrong passwords since the last successful login that lock it
	 * @param lock how long it stays locked after the latest wrong password
	 */
	record FailedLogins(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("5") int attempts,
			@NotNull @DefaultValue("15m") Duration lock) {
	}

}
