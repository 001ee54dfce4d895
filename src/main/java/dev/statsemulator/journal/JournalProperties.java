package dev.statsemulator.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the request journal, under {@code emulator.journal.*}.
 *
 * @param enabled whether vendor calls are recorded at all
 * @param capacity how many calls are kept per workspace (and for calls that matched no
 * workspace); the oldest go first
 * @param maxBodyBytes how much of a request body is kept
 */
@Validated
@ConfigurationProperties("emulator.journal")
public record JournalProperties(@DefaultValue("true") boolean enabled,
		@Min(1) @Max(1_000_000) @DefaultValue("1000") int capacity,
		@Min(0) @Max(1_048_576) @DefaultValue("8192") int maxBodyBytes) {
}
