package dev.statsemulator.answercache;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the answer cache, under {@code emulator.answer-cache.*}.
 *
 * @param enabled whether results are cached at all ({@code false}: every read goes to the
 * database, as before the cache)
 * @param maxSize about how much heap the cached results may take (estimated); the least
 * used go first
 * @param versions where the workspaces' write versions are kept: {@code local} (in this
 * service's memory: right when this service is the only one writing to its database) or
 * {@code database} (a table every instance reads: right for several services on one
 * database, at one primary-key read per cached lookup)
 */
@Validated
@ConfigurationProperties("emulator.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("32MB") DataSize maxSize, @NotNull @DefaultValue("local") Versions versions) {

	/** Where the write versions are kept. */
	public enum Versions {

		/** In this service's memory. */
		LOCAL,

		/** In the database, shared by every service on it. */
		DATABASE

	}

}
