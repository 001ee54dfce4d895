package dev.statsemulator.answercache;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.RunningEmulator;

/**
 * {@link AnswerCacheScenario} on the embedded database (H2): a service with the cache and
 * one without it in the same process share the database files.
 */
class AnswerCacheEmbeddedIT {

	@Test
	void cachedAnswersAreTheDatabasesAfterEveryKindOfWrite(@TempDir Path dataDir, @TempDir Path initDir)
			throws Exception {
		AnswerCacheScenario.writeInitDirectory(initDir);
		Map<String, Object> seeded = Map.of("emulator.init-dir", initDir.toString());
		try (RunningEmulator cached = RunningEmulator.embedded(dataDir, seeded);
				RunningEmulator oracle = RunningEmulator.embedded(dataDir,
						Map.of("emulator.init-dir", initDir.toString(), "emulator.answer-cache.enabled", false))) {
			AnswerCacheScenario.run(List.of(cached), oracle, initDir);
		}
	}

}
