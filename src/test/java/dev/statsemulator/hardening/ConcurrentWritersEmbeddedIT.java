package dev.statsemulator.hardening;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.RunningEmulator;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ConcurrentWriters} on the embedded default (H2). */
class ConcurrentWritersEmbeddedIT {

	@Test
	void eightConcurrentWritersToOneWorkspaceAllSucceed(@TempDir Path dataDir) throws Exception {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			ConcurrentWriters.run(emulator.admin(), emulator.bean(JdbcTemplate.class), "writers");
		}
	}

}
