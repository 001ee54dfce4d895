package dev.statsemulator.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the service's request threads spend an ingest: a Java Flight Recorder recording
 * of the service (started and stopped with {@code jcmd}), read with the JDK's {@code jfr}
 * tool. CPU time comes from execution samples (every 10 ms per running thread), time
 * waiting for PostgreSQL from socket reads on its port (every read, however short). Both
 * are charged to the innermost frame of the service's own code, so the table names the
 * ingest step (parse, validate, insert, buckets, ...) as the code names it, whatever the
 * storage internals are at the time.
 */
final class IngestProfile {

	private static final String NAME = "benchmark-ingest";

	private final long pid;

	private final Path dir;

	private IngestProfile(long pid, Path dir) {
		this.pid = pid;
		this.dir = dir;
	}

	static IngestProfile start(long pid, Path dir) {
		IngestProfile profile = new IngestProfile(pid, dir);
		try {
			String settings = Files.readString(Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc"))
				.replaceAll("(?s)(<event name=\"jdk.SocketRead\">.*?<setting name=\"threshold\"[^>]*>)[^<]*(<)",
						"$10 ms$2");
			Path jfc = dir.resolve("ingest.jfc");
			Files.writeString(jfc, settings);
			run(jdkTool("jcmd").toString(), Long.toString(pid), "JFR.start", "name=" + NAME, "settings=" + jfc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return profile;
	}

	/**
	 * Stops the recording and sums it up: per innermost service frame, CPU seconds and
	 * seconds waiting for PostgreSQL, on the request threads.
	 */
	ResultTable stop(int databasePort) {
		Path recording = this.dir.resolve("ingest.jfr");
		run(jdkTool("jcmd").toString(), Long.toString(this.pid), "JFR.stop", "name=" + NAME, "filename=" + recording);
		Map<String, double[]> byFrame = new LinkedHashMap<>();
		double[] total = { 0, 0 };
		try {
			Process print = new ProcessBuilder(jdkTool("jfr").toString(), "print", "--events",
					"jdk.ExecutionSample,jdk.SocketRead", "--stack-depth", "64", recording.toString())
				.redirectErrorStream(true)
				.start();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(print.getInputStream(), StandardCharsets.UTF_8))) {
				Sample sample = null;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					String trimmed = line.trim();
					if (trimmed.equals("jdk.ExecutionSample {") || trimmed.equals("jdk.SocketRead {")) {
						sample = new Sample(trimmed.startsWith("jdk.ExecutionSample"));
					}
					else if (sample != null && trimmed.equals("}") && !line.startsWith("  ")) {
						sample.charge(byFrame, total, databasePort);
						sample = null;
					}
					else if (sample != null) {
						sample.read(trimmed);
					}
				}
			}
			print.waitFor(5, TimeUnit.MINUTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		List<Map.Entry<String, double[]>> frames = new ArrayList<>(byFrame.entrySet());
		frames.sort(Comparator
			.comparingDouble((Map.Entry<String, double[]> entry) -> -(entry.getValue()[0] + entry.getValue()[1])));
		ResultTable table = new ResultTable("innermost service frame", "CPU s", "waiting for PostgreSQL s",
				"share of request-thread time");
		double all = total[0] + total[1];
		for (Map.Entry<String, double[]> frame : frames.subList(0, Math.min(14, frames.size()))) {
			double[] seconds = frame.getValue();
			table.add(frame.getKey(), String.format("%.1f", seconds[0]), String.format("%.1f", seconds[1]),
					String.format("%.0f%%", 100 * (seconds[0] + seconds[1]) / all));
		}
		table.add("all request threads", String.format("%.1f", total[0]), String.format("%.1f", total[1]), "100%");
		return table;
	}

	/** One event of the recording, as printed by {@code jfr print}. */
	private static final class Sample {

		private final boolean execution;

		private String thread = "";

		private double seconds;

		private int port;

		private final List<String> frames = new ArrayList<>();

		private boolean inStack;

		Sample(boolean execution) {
			this.execution = execution;
			this.seconds = execution ? 0.010 : 0;
		}

		void read(String line) {
			if (line.startsWith("sampledThread = ") || line.startsWith("eventThread = ")) {
				this.thread = line;
			}
			else if (line.startsWith("duration = ")) {
				this.seconds = duration(line.substring("duration = ".length()));
			}
			else if (line.startsWith("port = ")) {
				this.port = Integer.parseInt(line.substring("port = ".length()).replaceAll("\\D", ""));
			}
			else if (line.startsWith("stackTrace = [")) {
				this.inStack = true;
			}
			else if (this.inStack && line.equals("]")) {
				this.inStack = false;
			}
			else if (this.inStack) {
				this.frames.add(line);
			}
		}

		void charge(Map<String, double[]> byFrame, double[] total, int databasePort) {
			if (!this.thread.contains("http-nio") || (!this.execution && this.port != databasePort)) {
				return;
			}
			String frame = this.frames.stream()
				.filter((line) -> line.startsWith("dev.statsemulator."))
				.findFirst()
				.map(Sample::method)
				.orElse("(no service frame: HTTP, Spring, reading the request)");
			int column = this.execution ? 0 : 1;
			byFrame.computeIfAbsent(frame, (key) -> new double[2])[column] += this.seconds;
			total[column] += this.seconds;
		}

		/**
		 * {@code dev.statsemulator.eventstore.EventRepository.insert(String, List) line: 66}
		 */
		private static String method(String frame) {
			String name = frame.substring("dev.statsemulator.".length());
			int paren = name.indexOf('(');
			return (paren > 0) ? name.substring(0, paren) : name;
		}

		private static double duration(String text) {
			String[] parts = text.trim().split("\\s+");
			double value = Double.parseDouble(parts[0].replace(",", ""));
			return switch ((parts.length > 1) ? parts[1] : "s") {
				case "ns" -> value / 1e9;
				case "us" -> value / 1e6;
				case "ms" -> value / 1e3;
				case "min" -> value * 60;
				case "h" -> value * 3600;
				default -> value;
			};
		}

	}

	private static Path jdkTool(String name) {
		return Path.of(System.getProperty("java.home"), "bin", name);
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
