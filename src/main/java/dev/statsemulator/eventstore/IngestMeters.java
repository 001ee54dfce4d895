package dev.statsemulator.eventstore;

import io.micrometer.core.instrument.Metrics;

/**
 * Ingest counters, on Micrometer's global registry (which Spring Boot's registry joins),
 * so the store needs no registry of its own.
 */
final class IngestMeters {

	private IngestMeters() {
	}

	static void record(IngestResult result) {
		Metrics.counter("emulator.ingest.batches").increment();
		Metrics.counter("emulator.ingest.events", "outcome", "stored").increment(result.stored());
		Metrics.counter("emulator.ingest.events", "outcome", "duplicate").increment(result.duplicates());
	}

}
