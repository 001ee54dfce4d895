package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's options, from system properties ({@code -Dbenchmark.*}); an empty value
 * means the default. Quick mode is a small smoke run to develop with.
 *
 * @param events events in the large workspace
 * @param smallEvents events in the baseline workspace
 * @param clients concurrent HTTP clients (ingest and throughput)
 * @param batchSize events per ingest request
 * @param jdbcUrl the benchmark database (dropped and created anew)
 * @param jdbcUser database user
 * @param jdbcPassword database password
 * @param port the service's port
 * @param runs timed runs per query, after the warm-up
 * @param warmups untimed runs per query first
 * @param naiveRuns timed runs per naive SQL query
 * @param throughputSlice length of one throughput measurement (each endpoint gets two)
 * @param logPageLimit rows of the large getMessageLog page streamed for the memory figure
 * @param serviceHeap the service's -Xmx
 * @param seed the traffic seed
 * @param quick whether this is the quick smoke run
 * @param profile whether to record where the service spends the ingest (JFR)
 * @param autoAnalyze "false" (the default: only the service keeps the planner's
 * statistics), "auto" (emulate autovacuum's analyze when the server has autovacuum off)
 * or "true"
 * @param jar the service jar (default: target/stats-emulator-*.jar)
 * @param output where the results and the service log go
 * @param citusWorkers with {@code -Dbenchmark.citus=true}, the ports of the Citus workers
 * on 127.0.0.1 (the JDBC URL names the coordinator); empty on one PostgreSQL
 * @param startTimeout how long the service may take to answer its health check (a busy
 * machine, or a Citus cluster's first migrations, take minutes)
 */
record BenchmarkOptions(long events, long smallEvents, int clients, int batchSize, String jdbcUrl, String jdbcUser,
		String jdbcPassword, int port, int runs, int warmups, int naiveRuns, Duration throughputSlice, int logPageLimit,
		String serviceHeap, long seed, boolean quick, boolean profile, String autoAnalyze, Optional<Path> jar,
		Path output, List<Integer> citusWorkers, Duration startTimeout) {

	static BenchmarkOptions fromSystemProperties() {
		boolean quick = Boolean.parseBoolean(property("quick", "false"));
		// On Citus: the cluster of ../shared/tools/citus/citus-up, coordinator 5433,
		// workers
		// 5434 and 5435 (docs/scaling.md).
		boolean citus = Boolean.parseBoolean(property("citus", "false"));
		int port = Integer.parseInt(property("port", "0"));
		return new BenchmarkOptions(Long.parseLong(property("events", quick ? "50000" : "1000000")),
				Long.parseLong(property("smallEvents", "10000")), Integer.parseInt(property("clients", "4")),
				Integer.parseInt(property("batchSize", "10000")),
				property("jdbcUrl",
						citus ? "jdbc:postgresql://127.0.0.1:5433/emulator_bench"
								: "jdbc:postgresql://127.0.0.1:5432/emulator_bench"),
				property("jdbcUser", "postgres"), property("jdbcPassword", "postgres"), (port != 0) ? port : freePort(),
				Integer.parseInt(property("runs", quick ? "50" : "200")),
				Integer.parseInt(property("warmups", quick ? "10" : "30")),
				Integer.parseInt(property("naiveRuns", quick ? "5" : "10")),
				Duration.ofSeconds(Long.parseLong(property("throughputSeconds", quick ? "2" : "5"))),
				Integer.parseInt(property("logPageLimit", "100000")), property("serviceHeap", "512m"),
				Long.parseLong(property("seed", "42")), quick, Boolean.parseBoolean(property("profile", "false")),
				property("autoAnalyze", "false"),
				Optional.ofNullable(blankToNull(System.getProperty("benchmark.jar"))).map(Path::of),
				Path.of(property("output", "target/benchmark")),
				citus ? Arrays.stream(property("citusWorkers", "5434,5435").split(","))
					.map((worker) -> Integer.valueOf(worker.trim()))
					.toList() : List.of(),
				Duration.ofSeconds(Long.parseLong(property("startTimeout", "600"))));
	}

	boolean citus() {
		return !this.citusWorkers.isEmpty();
	}

	/**
	 * A JDBC URL of this server pointed at another port of 127.0.0.1 (a Citus worker).
	 */
	String onPort(String url, int port) {
		return url.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
	}

	private static String property(String name, String fallback) {
		String value = blankToNull(System.getProperty("benchmark." + name));
		return (value != null) ? value : fallback;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The maintenance database of the server, to drop and create the benchmark one. */
	String maintenanceUrl() {
		String path = this.jdbcUrl.replaceFirst("\\?.*$", "");
		return path.substring(0, path.lastIndexOf('/') + 1) + "postgres" + query();
	}

	/** The PostgreSQL port of the JDBC URL (5432 unless it names one). */
	int databasePort() {
		java.util.regex.Matcher port = java.util.regex.Pattern.compile("//[^/:]+:(\\d+)/").matcher(this.jdbcUrl);
		return port.find() ? Integer.parseInt(port.group(1)) : 5432;
	}

	String databaseName() {
		String path = this.jdbcUrl.replaceFirst("\\?.*$", "");
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private String query() {
		int question = this.jdbcUrl.indexOf('?');
		return (question < 0) ? "" : this.jdbcUrl.substring(question);
	}

}
