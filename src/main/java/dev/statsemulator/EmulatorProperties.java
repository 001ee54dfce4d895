package dev.statsemulator;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Typed configuration under {@code emulator.*}.
 *
 * @param dataDir where the embedded database keeps its files
 * @param adminToken bearer token of the control API; generated at startup when blank
 * @param cors browser origins allowed to call the emulator
 * @param demo the demo workspace created on first start
 * @param ingest limits of one ingest request
 * @param control limits of the other control API requests
 */
@Validated
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue("./data") String dataDir, String adminToken,
		@Valid @DefaultValue Cors cors, @Valid @DefaultValue Demo demo, @Valid @DefaultValue Ingest ingest,
		@Valid @DefaultValue Control control) {

	/**
	 * @param allowedOrigins origin patterns allowed for cross-origin calls with
	 * credentials (a port may be {@code [*]}); {@code *} lets any other origin read
	 * answers without credentials
	 */
	public record Cors(@NotNull @DefaultValue( {
			"http://localhost:[*]", "http://127.0.0.1:[*]", "http://[::1]:[*]" }) List<String> allowedOrigins){
	}

	/**
	 * @param enabled whether to create the demo workspace on first start
	 * @param days how many days of traffic, ending now
	 * @param seed generator seed, so the demo is the same on every machine
	 * @param eventsPerDay approximate events per day
	 */
	public record Demo(@DefaultValue("true") boolean enabled, @Min(1) @Max(3660) @DefaultValue("90") int days,
			@DefaultValue("42") long seed, @Min(1) @DefaultValue("1500") int eventsPerDay) {
	}

	/**
	 * @param maxBatchEvents the most events one ingest request may carry
	 * @param maxBodySize the largest ingest body (413 beyond it)
	 */
	public record Ingest(@Min(1) @DefaultValue("50000") int maxBatchEvents,
			@NotNull @DefaultValue("64MB") DataSize maxBodySize) {
	}

	/**
	 * @param maxBodySize the largest body of any other control API request (413 beyond
	 * it)
	 */
	public record Control(@NotNull @DefaultValue("4MB") DataSize maxBodySize) {
	}

}
