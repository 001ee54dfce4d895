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
 * The service under test, started as a user starts it: its packaged jar in a JVM of its
 * own, with the heap cap of the targets, on PostgreSQL, without demo data.
 */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final String baseUrl;

	private ServiceProcess(Process process, Path log, String baseUrl) {
		this.process = process;
		this.log = log;
		this.baseUrl = baseUrl;
	}

	static ServiceProcess start(BenchmarkOptions options, String adminToken, Path log) {
		Path jar = options.jar().orElseGet(ServiceProcess::findJar);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String url = options.jdbcUrl().contains("reWriteBatchedInserts") ? options.jdbcUrl()
				: options.jdbcUrl() + (options.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.serviceHeap(), "-jar", jar.toString(),
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + options.jdbcUser(),
				"--spring.datasource.password=" + options.jdbcPassword(), "--emulator.demo.enabled=false",
				"--emulator.admin-token=" + adminToken, "--server.port=" + options.port()));
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			ServiceProcess service = new ServiceProcess(process, log, "http://127.0.0.1:" + options.port());
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			service.awaitHealthy(options.startTimeout());
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private void awaitHealthy(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The service exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(this.baseUrl + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		throw new IllegalStateException("The service was not healthy within " + timeout + "; see " + this.log);
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
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
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
