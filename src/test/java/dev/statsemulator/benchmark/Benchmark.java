package dev.statsemulator.benchmark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.benchmark.QueryCatalogue.Query;

/**
 * The performance benchmark: ingest, query, HTTP and memory cost of the service on
 * PostgreSQL, each figure printed as a ratio to a baseline measured in the same run
 * (these machines are shared and noisy). See docs/benchmarks.md; run it with
 * {@code ./mvnw -Pbenchmark verify} (options as {@code -Dbenchmark.*}, see
 * {@link BenchmarkOptions}).
 *
 * <p>
 * It generates the traffic first, recreates the benchmark database, starts the packaged
 * service in a JVM of its own with {@code -Xmx512m}, and then measures, in order:
 * <ol>
 * <li>the raw COPY of the large workspace's rows into a plain table (the ingest
 * baseline);</li>
 * <li>ingest of the small (10,000 events) and the large workspace through the control
 * API, NDJSON batches sent by concurrent clients, sampling the service's heap;</li>
 * <li>each vendor's heaviest queries on both workspaces, interleaved, then the naive SQL
 * over the raw events;</li>
 * <li>the throughput of a vendor endpoint and of the health endpoint;</li>
 * <li>the heap while a 100,000-row getMessageLog page streams.</li>
 * </ol>
 */
public final class Benchmark {

	static final String ADMIN_TOKEN = "benchmark-admin-token";

	private static final String LARGE = "bench-large";

	private static final String SMALL = "bench-small";

	private final BenchmarkOptions options;

	private Benchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws IOException {
		new Benchmark(BenchmarkOptions.fromSystemProperties()).run();
	}

	private void run() throws IOException {
		BenchmarkOptions o = this.options;
		String loadBefore = Environment.loadAverage();
		Files.createDirectories(o.output());
		Path dir = Files.createTempDirectory("stats-emulator-benchmark");
		progress("Generating %,d + %,d events (seed %d)", o.events(), o.smallEvents(), o.seed());
		long generating = System.nanoTime();
		TrafficModel largeTraffic = new TrafficModel(o.seed(), o.events());
		TrafficModel smallTraffic = new TrafficModel(o.seed(), o.smallEvents());
		EventFiles largeFiles = EventFiles.write(largeTraffic, LARGE, o.batchSize(), dir);
		EventFiles smallFiles = EventFiles.write(smallTraffic, SMALL, o.batchSize(), dir);
		double generated = seconds(generating);
		progress("Generated in %.1f s: %,d batches, %,d MB of NDJSON", generated, largeFiles.batches(),
				largeFiles.ndjsonBytes() / 1_000_000);
		BenchDatabase.recreate(o);
		progress("Starting the service (-Xmx%s) on port %d, database %s", o.serviceHeap(), o.port(), o.databaseName());
		Figures figures;
		try (ServiceProcess service = ServiceProcess.start(o, ADMIN_TOKEN, o.output().resolve("service.log"));
				HeapSampler heap = HeapSampler.start(service.pid());
				BenchDatabase database = BenchDatabase.connect(o)) {
			figures = measure(service, heap, database, new BenchWorkspace(LARGE, largeTraffic, service.baseUrl()),
					new BenchWorkspace(SMALL, smallTraffic, service.baseUrl()), largeFiles, smallFiles);
		}
		finally {
			largeFiles.delete();
			smallFiles.delete();
			Files.deleteIfExists(dir);
		}
		figures.loadBefore = loadBefore;
		figures.generatedSeconds = generated;
		String report = BenchmarkReport.render(o, figures);
		System.out.println();
		System.out.print(report);
		Path results = o.output()
			.resolve("results-" + o.events() + "-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
		Files.writeString(results, report, StandardCharsets.UTF_8);
		System.out.println("\nWritten to " + results);
	}

	private Figures measure(ServiceProcess service, HeapSampler heap, BenchDatabase database, BenchWorkspace large,
			BenchWorkspace small, EventFiles largeFiles, EventFiles smallFiles) {
		BenchmarkOptions o = this.options;
		Figures f = new Figures();
		String base = service.baseUrl();
		for (BenchWorkspace workspace : List.of(large, small)) {
			workspace.http()
				.send("PUT", "/_emulator/v1/workspaces/" + workspace.id(), "application/json", workspace.settingsJson(),
						"Authorization", "Bearer " + ADMIN_TOKEN);
		}

		progress("COPY baseline: %,d rows into a plain table", largeFiles.events());
		double[] copy = database.copyBaseline(largeFiles);
		f.copySeconds = copy[0];
		f.copyTableBytes = copy[1];
		f.copyRate = largeFiles.events() / copy[0];
		progress("COPY: %.1f s, %,.0f rows/s", f.copySeconds, f.copyRate);

		String autovacuum = database.text("SHOW autovacuum");
		boolean emulateAnalyze = o.autoAnalyze().equals("auto") ? autovacuum.equals("off")
				: Boolean.parseBoolean(o.autoAnalyze());
		AutoAnalyzer analyzer = emulateAnalyze ? AutoAnalyzer.start(o) : null;
		progress("Ingest: %,d events of the small workspace", smallFiles.events());
		LoadRunner.IngestResult smallIngest = LoadRunner.ingest(base, ADMIN_TOKEN, SMALL, smallFiles, 1);
		progress("Ingest: %,d events in %,d batches of %,d, %d clients", largeFiles.events(), largeFiles.batches(),
				o.batchSize(), o.clients());
		IngestProfile profile = o.profile() ? IngestProfile.start(service.pid(), o.output()) : null;
		long ingestStart = System.nanoTime();
		f.ingest = LoadRunner.ingest(base, ADMIN_TOKEN, LARGE, largeFiles, o.clients());
		f.ingestHeap = heap.peak(ingestStart, System.nanoTime());
		f.ingestProfile = (profile != null) ? profile.stop(o.databasePort()) : null;
		if (analyzer != null) {
			analyzer.close();
		}
		f.plannerStatistics = "autovacuum " + autovacuum + "; " + ((analyzer != null)
				? "emulated by the benchmark during ingest, " + analyzer.analyses() + " ANALYZE" : "not emulated");
		f.ingestRate = largeFiles.events() / f.ingest.seconds();
		progress("Ingest: %.1f s, %,.0f events/s", f.ingest.seconds(), f.ingestRate);
		if (f.ingest.stored() != largeFiles.events() || smallIngest.stored() != smallFiles.events()) {
			throw new IllegalStateException("The service stored " + f.ingest.stored() + " + " + smallIngest.stored()
					+ " events of " + largeFiles.events() + " + " + smallFiles.events());
		}
		f.vacuumSeconds = database.vacuumAnalyze();
		f.eventTableBytes = database.longValue("SELECT " + database.totalSize("event"));
		f.derivedTableBytes = database.longValue("SELECT " + database.totalSize("count_bucket") + " + "
				+ database.totalSize("first_touch") + " + " + database.totalSize("message"));
		f.bucketRows = database.longValue("SELECT COUNT(*) FROM count_bucket WHERE workspace_id = '" + LARGE + "'");

		// Pushwoosh's 30-day rule and "now" read the emulator clock: stop it just after
		// the traffic's year.
		large.http()
			.send("PUT", "/_emulator/v1/clock", "application/json", "{\"now\": \"2025-01-01T12:00:00Z\"}",
					"Authorization", "Bearer " + ADMIN_TOKEN);
		large.tellodyLogin();
		small.tellodyLogin();

		f.queries = QueryCatalogue.all(ADMIN_TOKEN);
		f.timings = new ArrayList<>();
		for (Query query : f.queries) {
			progress("Query: %s (%d runs each)", query.name(), o.runs());
			f.timings.add(timeQuery(query, large, small));
		}
		f.floor = timeFloor(large);
		f.naive = new ArrayList<>();
		for (Query query : f.queries) {
			progress("Naive SQL: %s (%d runs)", query.name(), o.naiveRuns());
			f.naive.add(timeNaive(database, query, large));
		}

		progress("Throughput: %d clients, %d s per endpoint", o.clients(), 2 * o.throughputSlice().toSeconds());
		HttpRequest health = large.http().request("GET", "/actuator/health", null, null);
		HttpRequest liveness = large.http().request("GET", "/actuator/health", null, null);
		HttpRequest vendor = QueryCatalogue.throughputQuery(large);
		large.http().send(vendor);
		for (int slice = 0; slice < 2; slice++) {
			f.healthRate += LoadRunner.throughput(base, health, o.clients(), o.throughputSlice()) / 2;
			f.vendorRate += LoadRunner.throughput(base, vendor, o.clients(), o.throughputSlice()) / 2;
		}
		f.livenessRate = LoadRunner.throughput(base, liveness, o.clients(), o.throughputSlice());

		progress("Memory: streaming a getMessageLog page of up to %,d rows, 3 times", o.logPageLimit());
		HttpRequest page = QueryCatalogue.largeMessageLogPage(large, o.logPageLimit());
		long streamStart = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			long[] stream = streamPage(large.http(), page);
			f.streamRows = stream[0];
			f.streamBytes = stream[1];
		}
		f.streamSeconds = seconds(streamStart) / 3;
		ServiceProcess.sleep(300);
		f.streamHeap = heap.peak(streamStart, System.nanoTime());
		f.survived = service.isAlive() && !service.ranOutOfMemory();
		f.loadAfter = Environment.loadAverage();
		f.postgresVersion = database.text("SHOW server_version") + (database.citus()
				? ", Citus " + database.text("SELECT extversion FROM pg_extension WHERE extname = 'citus'")
						+ ": a coordinator and " + o.citusWorkers().size() + " workers on this machine, "
						+ database.text("SHOW citus.shard_count") + " shards per table"
				: "");
		return f;
	}

	/** One client, the trivial liveness probe: what any query costs at least. */
	private Latencies timeFloor(BenchWorkspace large) {
		HttpRequest liveness = large.http().request("GET", "/actuator/health", null, null);
		long[] nanos = new long[this.options.runs()];
		try (PlainHttp http = new PlainHttp(large.http())) {
			for (int i = -this.options.warmups(); i < nanos.length; i++) {
				long start = System.nanoTime();
				http.send(liveness);
				if (i >= 0) {
					nanos[i] = System.nanoTime() - start;
				}
			}
		}
		return Latencies.of(nanos);
	}

	/** Warm-up, then runs alternating between the two workspaces, so noise hits both. */
	private Latencies[] timeQuery(Query query, BenchWorkspace large, BenchWorkspace small) {
		HttpRequest largeRequest = query.request().apply(large);
		HttpRequest smallRequest = query.request().apply(small);
		try (PlainHttp largeHttp = new PlainHttp(large.http()); PlainHttp smallHttp = new PlainHttp(small.http())) {
			for (BenchWorkspace workspace : List.of(large, small)) {
				boolean isLarge = workspace == large;
				byte[] answer = (isLarge ? largeHttp : smallHttp).send(isLarge ? largeRequest : smallRequest);
				String body = new String(answer, StandardCharsets.UTF_8);
				if (!body.contains(query.expect())) {
					throw new IllegalStateException(query.name() + " on " + workspace.id() + " answered "
							+ body.substring(0, Math.min(500, body.length())));
				}
			}
			for (int i = 0; i < this.options.warmups(); i++) {
				largeHttp.send(largeRequest);
				smallHttp.send(smallRequest);
			}
			long[] largeNanos = new long[this.options.runs()];
			long[] smallNanos = new long[this.options.runs()];
			for (int i = 0; i < this.options.runs(); i++) {
				long start = System.nanoTime();
				largeHttp.send(largeRequest);
				largeNanos[i] = System.nanoTime() - start;
				start = System.nanoTime();
				smallHttp.send(smallRequest);
				smallNanos[i] = System.nanoTime() - start;
			}
			return new Latencies[] { Latencies.of(largeNanos), Latencies.of(smallNanos) };
		}
	}

	private Latencies timeNaive(BenchDatabase database, Query query, BenchWorkspace large) {
		Object[] parameters = query.naiveParameters().apply(large);
		database.time(query.naiveSql(), parameters);
		long[] nanos = new long[this.options.naiveRuns()];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = database.time(query.naiveSql(), parameters);
		}
		return Latencies.of(nanos);
	}

	/** Reads a getMessageLog answer as it streams in: its rows and bytes. */
	private static long[] streamPage(ServiceClient http, HttpRequest page) {
		HttpResponse<InputStream> response = http.stream(page);
		long[] bytes = { 0 };
		long rows = 0;
		try (InputStream counted = new FilterInputStream(response.body()) {

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				bytes[0] += Math.max(read, 0);
				return read;
			}

		}; JsonParser parser = JsonMapper.shared().createParser(counted)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("action")) {
					rows++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new long[] { rows, bytes[0] };
	}

	private static void progress(String format, Object... args) {
		System.out.printf("[benchmark %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
				String.format(format, args));
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
