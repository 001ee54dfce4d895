package dev.statsemulator.hardening;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.RunningEmulator;

/** {@link BadInputCorpus} on the embedded default (H2). */
class BadInputCorpusEmbeddedIT {

	@Test
	void noMalformedRequestGetsA5xxOrAClassName(@TempDir Path dataDir) throws Exception {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			BadInputCorpus.Result result = BadInputCorpus.run(emulator.port(), emulator.admin(), emulator.http(),
					"corpus");
			BadInputCorpusIT.Verdict.check("H2", result);
		}
	}

}
