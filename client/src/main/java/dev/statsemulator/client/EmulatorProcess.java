package dev.statsemulator.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The emulator's executable jar started as a child process: a free port, a temporary data
 * directory (removed on close), a random admin token, no demo workspace, and the given
 * init directory. {@link #start} returns once the health check answers UP.
 */
public final class EmulatorProcess implements AutoCloseable {

	private final Process process;

	private final Path dataDir;

	private final Path log;

	private final StatsEmulator emulator;

	private EmulatorProcess(Process process, Path dataDir, Path log, StatsEmulator emulator) {
		this.process = process;
		this.dataDir = dataDir;
		this.log = log;
		this.emulator = emulator;
	}

	/**
	 * Starts the jar and waits for readiness.
	 * @param jar the emulator's executable jar
	 * @param initDir an init directory to seed from, or null
	 * @param properties more {@code emulator.*} (or any Spring) properties
	 * @param jvmArguments arguments for the child JVM, e.g. {@code -Xmx256m}
	 * @param timeout how long to wait for readiness
	 */
	public static EmulatorProcess start(Path jar, Path initDir, Map<String, String> properties,
			List<String> jvmArguments, Duration timeout) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The emulator jar " + jar + " does not exist: build it (./mvnw package) "
					+ "and pass its path as -Dstatsemulator.jar=... or STATS_EMULATOR_JAR");
		}
		try {
			Path dataDir = Files.createTempDirectory("stats-emulator-");
			Path log = dataDir.resolve("emulator.log");
			int port = freePort();
			String token = UUID.randomUUID().toString();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmArguments);
			command.add("-jar");
			command.add(jar.toAbsolutePath().toString());
			command.add("--server.port=" + port);
			command.add("--server.address=127.0.0.1");
			command.add("--emulator.data-dir=" + dataDir.resolve("db"));
			command.add("--emulator.demo.enabled=false");
			if (initDir != null) {
				command.add("--emulator.init-dir=" + initDir.toAbsolutePath());
			}
			properties.forEach((name, value) -> command.add("--" + name + "=" + value));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			// The token goes by environment, not on the command line other users can
			// read.
			builder.environment().put("EMULATOR_ADMIN_TOKEN", token);
			Process process = builder.start();
			// Never outlive the test JVM, even when no one calls close().
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stats-emulator-stop"));
			EmulatorProcess started = new EmulatorProcess(process, dataDir, log,
					new StatsEmulator("http://127.0.0.1:" + port, token));
			started.awaitReady(timeout);
			if (initDir != null) {
				started.emulator.control().rememberCredentialsOf(initDir);
			}
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the emulator", ex);
		}
	}

	private void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				String tail = logTail();
				close();
				throw new IllegalStateException(
						"The emulator stopped during start-up (exit " + this.process.exitValue() + "):\n" + tail);
			}
			if (this.emulator.control().isReady()) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		String tail = logTail();
		close();
		throw new IllegalStateException("The emulator was not ready within " + timeout + ":\n" + tail);
	}

	public StatsEmulator emulator() {
		return this.emulator;
	}

	/** The child's output so far. */
	public Path log() {
		return this.log;
	}

	/** The last lines of the child's output. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		deleteQuietly(this.dataDir);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// A temporary directory left behind is not worth failing a test run for.
		}
	}

}
