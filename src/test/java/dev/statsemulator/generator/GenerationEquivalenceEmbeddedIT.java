package dev.statsemulator.generator;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link GenerationEquivalence} on the embedded default (H2): against the digests only
 * (the same on both databases); the PostgreSQL test also ingests the events again.
 */
class GenerationEquivalenceEmbeddedIT {

	@Test
	void bulkGenerationStoresWhatTheGeneratorMadeAndWhatIngestCounts(@TempDir Path dataDir) {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			GenerationEquivalence.run(emulator.bean(TrafficGenerator.class), emulator.bean(EventStore.class),
					emulator.bean(WorkspaceService.class), emulator.bean(EmulatorClock.class),
					emulator.bean(JdbcTemplate.class), "equivalence", false);
		}
	}

}
