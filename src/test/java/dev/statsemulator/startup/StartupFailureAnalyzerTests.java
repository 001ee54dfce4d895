package dev.statsemulator.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StartupFailureAnalyzerTests {

	@Test
	void h2FilesInUseSayWhatToDo() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/emulator")
			.withProperty("emulator.data-dir", "./data");
		FailureAnalysis analysis = new StartupFailureAnalyzer(environment).analyze(new IllegalStateException("flyway",
				new SQLException("Database may be already in use: null. Possible solutions", "90020", 90020)));
		assertThat(analysis.getDescription()).contains("in use by another running emulator");
		assertThat(analysis.getAction()).contains("--emulator.data-dir=./data2 --server.port=8081");
	}

	@Test
	void missingPostgresDatabaseNamesTheCreatedbToRun() {
		MockEnvironment environment = postgres("jdbc:postgresql://db.local:5433/stats?reWriteBatchedInserts=true",
				"emu");
		FailureAnalysis analysis = new StartupFailureAnalyzer(environment)
			.analyze(new RuntimeException(new SQLException("FATAL: database \"stats\" does not exist", "3D000")));
		assertThat(analysis.getDescription()).contains("\"stats\" does not exist on db.local:5433");
		assertThat(analysis.getAction()).contains("createdb -h db.local -p 5433 -O emu stats");
	}

	@Test
	void missingPostgresRoleNamesTheCreateuserToRun() {
		MockEnvironment environment = postgres("jdbc:postgresql://localhost/emulator", "emu");
		FailureAnalysis analysis = new StartupFailureAnalyzer(environment)
			.analyze(new SQLException("FATAL: role \"emu\" does not exist", "28000"));
		assertThat(analysis.getAction()).contains("createuser -h localhost -p 5432 --pwprompt emu")
			.contains("createdb -h localhost -p 5432 -O emu emulator");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		MockEnvironment environment = postgres("jdbc:postgresql://localhost/emulator", "emu");
		assertThat(new StartupFailureAnalyzer(environment).analyze(new SQLException("syntax error", "42601"))).isNull();
		assertThat(new StartupFailureAnalyzer(environment).analyze(new IllegalStateException("other"))).isNull();
	}

	@Test
	void aDataDirectoryThatIsAFileIsReported(@TempDir Path temp) throws IOException {
		Path file = Files.createFile(temp.resolve("file"));
		assertThatExceptionOfType(DataDirectoryNotWritableException.class)
			.isThrownBy(() -> DataDirectoryCheck.check(file.resolve("data")))
			.satisfies((ex) -> {
				FailureAnalysis analysis = new StartupFailureAnalyzer(new MockEnvironment()).analyze(ex);
				assertThat(analysis.getDescription()).contains("cannot be written: cannot create it");
				assertThat(analysis.getAction()).contains("--emulator.data-dir=<dir>");
			});
	}

	@Test
	void aWritableDataDirectoryIsCreated(@TempDir Path temp) {
		DataDirectoryCheck.check(temp.resolve("a/b"));
		assertThat(temp.resolve("a/b")).isDirectory().isEmptyDirectory();
	}

	private static MockEnvironment postgres(String url, String username) {
		return new MockEnvironment().withProperty("spring.datasource.url", url)
			.withProperty("spring.datasource.username", username);
	}

}
