package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service under test, started as a user starts it: its packaged jar in a JVM of its
 * own, with a heap cap; the benchmark's main one on PostgreSQL without demo data, others
 * on H2 or with the demo on. Its start is timed from the launch to the first 200 of its
 * health check, and its resident set size read right after.
 */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final String baseUrl;

	private double startSeconds;

	private double rssAfterStartMib;

	private ServiceProcess(Process process, Path log, String baseUrl) {
		this.process = process;
		this.log = log;
		this.baseUrl = baseUrl;
	}

	/** The benchmark's service: the packaged jar on PostgreSQL, demo off. */
	static ServiceProcess start(BenchmarkOptions options, String adminToken, Path log) {
		List<String> command = command(options, options.serviceHeap(), List.of(), jar(options),
				postgresArguments(options, options.jdbcUrl()), false, adminToken, options.port());
		command.add("--emulator.data-dir=" + options.output().resolve("data-postgres").toAbsolutePath());
		return launch(command, options.port(), log, options.startTimeout());
	}

	/**
	 * The command that starts a service jar as a user starts it: {@code java -Xmx..
	 * [jvmArguments] -jar <jar> <arguments>}, the demo on or off, the admin token and
	 * port, and the benchmark's extra service arguments last.
	 */
	static List<String> command(BenchmarkOptions options, String heap, List<String> jvmArguments, Path jar,
			List<String> arguments, boolean demo, String adminToken, int port) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
		command.addAll(jvmArguments);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(arguments);
		command.addAll(List.of("--emulator.demo.enabled=" + demo, "--emulator.admin-token=" + adminToken,
				"--server.port=" + port));
		command.addAll(options.serviceArgs());
		return command;
	}

	/** The arguments of the postgres profile on a database. */
	static List<String> postgresArguments(BenchmarkOptions options, String jdbcUrl) {
		String url = jdbcUrl.contains("reWriteBatchedInserts") ? jdbcUrl
				: jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + options.jdbcUser(),
				"--spring.datasource.password=" + options.jdbcPassword());
	}

	/**
	 * Starts a command and waits for the first 200 of {@code /actuator/health} (with the
	 * demo on, that is the demo being ready), timing it from the launch.
	 */
	static ServiceProcess launch(List<String> command, int port, Path log, Duration timeout) {
		try {
			Files.createDirectories(log.getParent());
			long launched = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			ServiceProcess service = new ServiceProcess(process, log, "http://127.0.0.1:" + port);
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			service.startSeconds = awaitOk(process, service.baseUrl + "/actuator/health", "UP", timeout, log)
					- launched;
			service.startSeconds /= 1e9;
			service.rssAfterStartMib = rssMib(process.pid());
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path jar(BenchmarkOptions options) {
		return options.jar().orElseGet(ServiceProcess::findJar);
	}

	private static Path findJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter((file) -> file.getFileName().toString().matches("stats-emulator-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No target/stats-emulator-*.jar: run ./mvnw -Pbenchmark verify (it packages the jar first)"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No target directory: run ./mvnw -Pbenchmark verify", ex);
		}
	}

	/**
	 * Polls {@code url} every 20 ms until it answers 200 with {@code expect} in its body.
	 * @return the {@link System#nanoTime()} of that answer
	 */
	static long awaitOk(Process process, String url, String expect, Duration timeout, Path log) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The process exited with " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains(expect)) {
					return System.nanoTime();
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(20);
		}
		throw new IllegalStateException(url + " did not answer 200 within " + timeout + "; see " + log);
	}

	/** The resident set size of a process, from /proc (0 when unknown). */
	static double rssMib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// not Linux, or gone
		}
		return 0;
	}

	/** Seconds from the launch to the first 200 of the health check. */
	double startSeconds() {
		return this.startSeconds;
	}

	double rssAfterStartMib() {
		return this.rssAfterStartMib;
	}

	double rssMib() {
		return rssMib(pid());
	}

	String baseUrl() {
		return this.baseUrl;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	Path log() {
		return this.log;
	}

	/** Whether the service's log mentions an OutOfMemoryError. */
	boolean ranOutOfMemory() {
		try (Stream<String> lines = Files.lines(this.log)) {
			return lines.anyMatch((line) -> line.contains("OutOfMemoryError"));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		stop(this.process);
	}

	/** Stops a process: politely, then (after 15 s) forcibly. */
	static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(15, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
