package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Start-up against WireMock: each process launched several times, in rounds (WireMock,
 * the service's packaged jar, the same jar extracted, and extracted with a class data
 * sharing archive), timed from the launch to its first 200 and its resident set size read
 * right then. The service starts as a new user's first start does: the embedded H2
 * database in an empty data directory (Flyway creates the schema), demo off, with the
 * benchmark's heap cap.
 *
 * <p>
 * The CDS archive is made as Spring Boot documents it: {@code java -Djarmode=tools -jar
 * app.jar extract}, then a training run of the extracted jar with
 * {@code -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh}, then starts
 * with {@code -XX:SharedArchiveFile=app.jsa}.
 */
final class StartupTrials {

	/**
	 * One kind of process, launched {@code seconds.size()} times.
	 *
	 * @param what which process, started how
	 * @param seconds from launch to the first 200, per launch
	 * @param rssMib resident set size right then, per launch
	 */
	record Launch(String what, List<Double> seconds, List<Double> rssMib) {

		double medianSeconds() {
			return median(this.seconds);
		}

		double medianRssMib() {
			return median(this.rssMib);
		}

		private static double median(List<Double> values) {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			int n = sorted.length;
			return (n == 0) ? 0 : (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		}

	}

	/**
	 * The trials' results.
	 *
	 * @param launches per kind of process
	 * @param note how the CDS archive was made (or why not)
	 */
	record Result(List<Launch> launches, String note) {
	}

	private StartupTrials() {
	}

	static Result run(BenchmarkOptions o, Path wiremockJar, Path work, Consumer<String> progress) {
		Path jar = ServiceProcess.jar(o);
		int port = o.port(4);
		Launch wiremock = new Launch("WireMock standalone 3.13.2 (java -jar, no stubs)", new ArrayList<>(),
				new ArrayList<>());
		Launch packaged = new Launch("service: java -jar " + jar.getFileName() + " (H2, empty data directory)",
				new ArrayList<>(), new ArrayList<>());
		Launch extracted = new Launch("service: extracted jar (jarmode tools extract)", new ArrayList<>(),
				new ArrayList<>());
		Launch shared = new Launch("service: extracted jar with the CDS archive (-XX:SharedArchiveFile)",
				new ArrayList<>(), new ArrayList<>());
		String note = "CDS not tried (-Dbenchmark.cds=false)";
		Path extractedJar = null;
		Path archive = work.resolve("app.jsa");
		try {
			Files.createDirectories(work);
			if (o.cds()) {
				progress.accept("Start-up: extracting the jar and a CDS training run");
				Path destination = work.resolve("extracted");
				delete(destination);
				long extractStart = System.nanoTime();
				String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
				runToEnd(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
						destination.toString()), o.output().resolve("startup-extract.log"), o);
				double extractSeconds = (System.nanoTime() - extractStart) / 1e9;
				extractedJar = destination.resolve(jar.getFileName());
				Path trainingData = work.resolve("training-data");
				long trainingStart = System.nanoTime();
				runToEnd(ServiceProcess.command(o, o.serviceHeap(),
						List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"), extractedJar,
						List.of("--emulator.data-dir=" + trainingData), false, Benchmark.ADMIN_TOKEN, port),
						o.output().resolve("startup-training.log"), o);
				double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;
				delete(trainingData);
				if (!Files.isRegularFile(archive)) {
					throw new IllegalStateException("The training run wrote no " + archive + "; see "
							+ o.output().resolve("startup-training.log"));
				}
				note = String.format("extract %.1f s, training run %.1f s, archive %,d MB", extractSeconds,
						trainingSeconds, Files.size(archive) / 1_000_000);
			}
			for (int round = 0; round < o.startRuns(); round++) {
				progress.accept(String.format("Start-up: round %d of %d", round + 1, o.startRuns()));
				if (wiremockJar != null) {
					Path root = work.resolve("wiremock-root");
					delete(root);
					try (WireMockProcess process = WireMockProcess.start(o, wiremockJar, port, root,
							o.output().resolve("startup-wiremock.log"), o.serviceHeap())) {
						wiremock.seconds().add(process.startSeconds());
						wiremock.rssMib().add(process.rssAfterStartMib());
					}
				}
				launch(o, packaged, jar, List.of(), work, port, "startup-jar.log");
				if (extractedJar != null) {
					launch(o, extracted, extractedJar, List.of(), work, port, "startup-extracted.log");
					launch(o, shared, extractedJar, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=warning"),
							work, port, "startup-cds.log");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Launch> launches = new ArrayList<>();
		for (Launch launch : List.of(wiremock, packaged, extracted, shared)) {
			if (!launch.seconds().isEmpty()) {
				launches.add(launch);
			}
		}
		return new Result(launches, note);
	}

	private static void launch(BenchmarkOptions o, Launch launch, Path jar, List<String> jvm, Path work, int port,
			String log) throws IOException {
		Path data = work.resolve("data");
		delete(data);
		List<String> command = ServiceProcess.command(o, o.serviceHeap(), jvm, jar,
				List.of("--emulator.data-dir=" + data), false, Benchmark.ADMIN_TOKEN, port);
		try (ServiceProcess service = ServiceProcess.launch(command, port, o.output().resolve(log), o.startTimeout())) {
			launch.seconds().add(service.startSeconds());
			launch.rssMib().add(service.rssAfterStartMib());
		}
		delete(data);
	}

	/** Runs a command to its end; a failure names its log. */
	private static void runToEnd(List<String> command, Path log, BenchmarkOptions o) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(o.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + command + "; see " + log);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("Exit " + process.exitValue() + ": " + command + "; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
	}

	static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	static String seconds(List<Double> values) {
		return String.join(", ", values.stream().map((v) -> String.format("%.1f", v)).toList());
	}

}
