package dev.statsemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Stats Emulator: one event store, one time-bucketing aggregation service, and one lens
 * per vendor.
 * <p>
 * Where a request enters: {@code control} (the emulator's own API) and one package per
 * vendor API (docs/architecture.md). Where its numbers come from:
 * {@code aggregation.AggregationService}, which reads the buckets that {@code eventstore}
 * maintains at ingest. Where its answer is shaped: the vendor package's controller and
 * response records.
 */
// Every request is authenticated by its own vendor or control chain; no default user is
// wanted.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class StatsEmulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(StatsEmulatorApplication.class, args);
	}

}
