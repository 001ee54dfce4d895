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
 * @param serviceArgs extra arguments for every service process the benchmark starts,
 * after its own (for example {@code --emulator.some.setting=false}); split at white space
 * @param loadGenerator the saturating load generator: {@code wrk}, {@code java} or
 * {@code auto} (wrk when it is on the PATH, else the Java one)
 * @param concurrency the connections of the load matrix
 * @param loadSlice one run of the load matrix, per request, concurrency and server
 * @param startRuns launches per kind of process in the start-up figures
 * @param wiremockJar WireMock standalone, the static-mock baseline; empty when off
 * @param h2 whether to measure the load matrix on H2 too (on the H2 demo service)
 * @param demo whether to time the demo's start on H2 and on PostgreSQL
 * @param cds whether to try class data sharing for the service's start-up
 */
record BenchmarkOptions(long events, long smallEvents, int clients, int batchSize, String jdbcUrl, String jdbcUser,
		String jdbcPassword, int port, int runs, int warmups, int naiveRuns, Duration throughputSlice, int logPageLimit,
		String serviceHeap, long seed, boolean quick, boolean profile, String autoAnalyze, Optional<Path> jar,
		Path output, List<Integer> citusWorkers, Duration startTimeout, List<String> serviceArgs, String loadGenerator,
		List<Integer> concurrency, Duration loadSlice, int startRuns, Optional<Path> wiremockJar, boolean h2,
		boolean demo, boolean cds) {

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
				Duration.ofSeconds(Long.parseLong(property("startTimeout", "600"))),
				Arrays.stream(property("serviceArgs", "").split("\\s+")).filter((arg) -> !arg.isBlank()).toList(),
				property("loadGenerator", "auto"),
				Arrays.stream(property("concurrency", "1,8,32").split(","))
					.map((c) -> Integer.valueOf(c.trim()))
					.toList(),
				Duration.ofSeconds(Long.parseLong(property("loadSeconds", quick ? "2" : "5"))),
				Integer.parseInt(property("startRuns", quick ? "1" : "3")),
				Boolean.parseBoolean(property("wiremock", "true"))
						? Optional
							.of(Path.of(property("wiremockJar", "target/benchmark-tools/wiremock-standalone.jar")))
						: Optional.empty(),
				Boolean.parseBoolean(property("h2", "true")), Boolean.parseBoolean(property("demo", "true")),
				Boolean.parseBoolean(property("cds", "true")));
	}

	/**
	 * The port of the benchmark's {@code offset}-th process: {@code benchmark.port} plus
	 * the offset when a port is given (so a run stays in a range of ports), else a free
	 * one.
	 */
	int port(int offset) {
		return (offset == 0) ? this.port : (portGiven() ? this.port + offset : freePort());
	}

	private static boolean portGiven() {
		return blankToNull(System.getProperty("benchmark.port")) != null;
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
