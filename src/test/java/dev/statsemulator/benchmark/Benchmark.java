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

	private final StringBuilder report = new StringBuilder();

	private final String loadBefore = Environment.loadAverage();

	private ResultTable ingestProfile;

	private String analyzeNote;

	private Latencies floor;

	private Benchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws IOException {
		new Benchmark(BenchmarkOptions.fromSystemProperties()).run();
	}

	private void run() throws IOException {
		BenchmarkOptions o = this.options;
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
		try (ServiceProcess service = ServiceProcess.start(o, ADMIN_TOKEN, o.output().resolve("service.log"));
				HeapSampler heap = HeapSampler.start(service.pid());
				BenchDatabase database = BenchDatabase.connect(o)) {
			measure(service, heap, database, largeTraffic, smallTraffic, largeFiles, smallFiles, generated);
		}
		finally {
			largeFiles.delete();
			smallFiles.delete();
			Files.deleteIfExists(dir);
		}
		Path results = o.output()
			.resolve("results-" + o.events() + "-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
		Files.writeString(results, this.report, StandardCharsets.UTF_8);
		System.out.println("\nWritten to " + results);
	}

	private void measure(ServiceProcess service, HeapSampler heap, BenchDatabase database, TrafficModel largeTraffic,
			TrafficModel smallTraffic, EventFiles largeFiles, EventFiles smallFiles, double generated) {
		BenchmarkOptions o = this.options;
		String base = service.baseUrl();
		BenchWorkspace large = new BenchWorkspace(LARGE, largeTraffic, base);
		BenchWorkspace small = new BenchWorkspace(SMALL, smallTraffic, base);
		for (BenchWorkspace workspace : List.of(large, small)) {
			workspace.http()
				.send("PUT", "/_emulator/v1/workspaces/" + workspace.id(), "application/json", workspace.settingsJson(),
						"Authorization", "Bearer " + ADMIN_TOKEN);
		}

		progress("COPY baseline: %,d rows into a plain table", largeFiles.events());
		double[] copy = database.copyBaseline(largeFiles);
		double copyRate = largeFiles.events() / copy[0];
		progress("COPY: %.1f s, %,.0f rows/s", copy[0], copyRate);

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
		LoadRunner.IngestResult ingest = LoadRunner.ingest(base, ADMIN_TOKEN, LARGE, largeFiles, o.clients());
		HeapSampler.Peak ingestHeap = heap.peak(ingestStart, System.nanoTime());
		this.ingestProfile = (profile != null) ? profile.stop(o.databasePort()) : null;
		if (analyzer != null) {
			analyzer.close();
		}
		this.analyzeNote = "autovacuum " + autovacuum + "; " + ((analyzer != null)
				? "emulated by the benchmark during ingest, " + analyzer.analyses() + " ANALYZE" : "not emulated");
		double ingestRate = largeFiles.events() / ingest.seconds();
		progress("Ingest: %.1f s, %,.0f events/s", ingest.seconds(), ingestRate);
		if (ingest.stored() != largeFiles.events() || smallIngest.stored() != smallFiles.events()) {
			throw new IllegalStateException("The service stored " + ingest.stored() + " + " + smallIngest.stored()
					+ " events of " + largeFiles.events() + " + " + smallFiles.events());
		}
		double vacuum = database.vacuumAnalyze();
		long eventBytes = database.longValue("SELECT pg_total_relation_size('event')");
		long derivedBytes = database.longValue("SELECT pg_total_relation_size('count_bucket') "
				+ "+ pg_total_relation_size('first_touch') + pg_total_relation_size('message')");
		long bucketRows = database.longValue("SELECT COUNT(*) FROM count_bucket WHERE workspace_id = '" + LARGE + "'");

		// Pushwoosh's 30-day rule and "now" read the emulator clock: stop it just after
		// the traffic's year.
		large.http()
			.send("PUT", "/_emulator/v1/clock", "application/json", "{\"now\": \"2025-01-01T12:00:00Z\"}",
					"Authorization", "Bearer " + ADMIN_TOKEN);
		large.tellodyLogin();
		small.tellodyLogin();

		List<Query> queries = QueryCatalogue.all(ADMIN_TOKEN);
		List<Latencies[]> timings = new ArrayList<>();
		for (Query query : queries) {
			progress("Query: %s (%d runs each)", query.name(), o.runs());
			timings.add(timeQuery(query, large, small));
		}
		HttpRequest floorRequest = large.http().request("GET", "/actuator/health/liveness", null, null);
		long[] floorNanos = new long[o.runs()];
		for (int i = -o.warmups(); i < o.runs(); i++) {
			long start = System.nanoTime();
			large.http().send(floorRequest);
			if (i >= 0) {
				floorNanos[i] = System.nanoTime() - start;
			}
		}
		this.floor = Latencies.of(floorNanos);
		List<Latencies> naive = new ArrayList<>();
		for (Query query : queries) {
			progress("Naive SQL: %s (%d runs)", query.name(), o.naiveRuns());
			naive.add(timeNaive(database, query, large));
		}

		progress("Throughput: %d clients, %d s per endpoint", o.clients(), 2 * o.throughputSlice().toSeconds());
		HttpRequest health = large.http().request("GET", "/actuator/health", null, null);
		HttpRequest liveness = large.http().request("GET", "/actuator/health/liveness", null, null);
		HttpRequest vendor = QueryCatalogue.throughputQuery(large);
		large.http().send(vendor);
		double healthRate = 0;
		double vendorRate = 0;
		for (int slice = 0; slice < 2; slice++) {
			healthRate += LoadRunner.throughput(base, health, o.clients(), o.throughputSlice()) / 2;
			vendorRate += LoadRunner.throughput(base, vendor, o.clients(), o.throughputSlice()) / 2;
		}
		double livenessRate = LoadRunner.throughput(base, liveness, o.clients(), o.throughputSlice());

		progress("Memory: streaming a getMessageLog page of up to %,d rows, 3 times", o.logPageLimit());
		HttpRequest page = QueryCatalogue.largeMessageLogPage(large, o.logPageLimit());
		long streamStart = System.nanoTime();
		long[] stream = { 0, 0 };
		for (int i = 0; i < 3; i++) {
			stream = streamPage(large.http(), page);
		}
		double streamSeconds = seconds(streamStart) / 3;
		ServiceProcess.sleep(300);
		HeapSampler.Peak streamHeap = heap.peak(streamStart, System.nanoTime());
		boolean survived = service.isAlive() && !service.ranOutOfMemory();

		writeReport(queries, timings, naive, copy, copyRate, ingest, ingestRate, ingestHeap, healthRate, vendorRate,
				livenessRate, stream, streamSeconds, streamHeap, survived, generated, vacuum, eventBytes, derivedBytes,
				bucketRows, database);
	}

	/** Warm-up, then runs alternating between the two workspaces, so noise hits both. */
	private Latencies[] timeQuery(Query query, BenchWorkspace large, BenchWorkspace small) {
		HttpRequest largeRequest = query.request().apply(large);
		HttpRequest smallRequest = query.request().apply(small);
		for (BenchWorkspace workspace : List.of(large, small)) {
			HttpRequest request = (workspace == large) ? largeRequest : smallRequest;
			String body = new String(workspace.http().send(request).body(), StandardCharsets.UTF_8);
			if (!body.contains(query.expect())) {
				throw new IllegalStateException(query.name() + " on " + workspace.id() + " answered "
						+ body.substring(0, Math.min(500, body.length())));
			}
		}
		for (int i = 0; i < this.options.warmups(); i++) {
			large.http().send(largeRequest);
			small.http().send(smallRequest);
		}
		long[] largeNanos = new long[this.options.runs()];
		long[] smallNanos = new long[this.options.runs()];
		for (int i = 0; i < this.options.runs(); i++) {
			long start = System.nanoTime();
			large.http().send(largeRequest);
			largeNanos[i] = System.nanoTime() - start;
			start = System.nanoTime();
			small.http().send(smallRequest);
			smallNanos[i] = System.nanoTime() - start;
		}
		return new Latencies[] { Latencies.of(largeNanos), Latencies.of(smallNanos) };
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

	private void writeReport(List<Query> queries, List<Latencies[]> timings, List<Latencies> naive, double[] copy,
			double copyRate, LoadRunner.IngestResult ingest, double ingestRate, HeapSampler.Peak ingestHeap,
			double healthRate, double vendorRate, double livenessRate, long[] stream, double streamSeconds,
			HeapSampler.Peak streamHeap, boolean survived, double generated, double vacuum, long eventBytes,
			long derivedBytes, long bucketRows, BenchDatabase database) {
		BenchmarkOptions o = this.options;
		boolean tenMillion = o.events() >= 10_000_000;
		section("Stats Emulator benchmark: %,d events, %d clients%s", o.events(), o.clients(),
				o.quick() ? " (quick mode)" : "");
		line("Machine: %s; %d cores, %s; Java %s; PostgreSQL %s", Environment.cpuModel(),
				Runtime.getRuntime().availableProcessors(), Environment.memory(), System.getProperty("java.version"),
				database.text("SHOW server_version"));
		line("Load average (1, 5, 15 min) at the start: %s; at the end: %s (other work on the machine shows here)",
				this.loadBefore, Environment.loadAverage());
		line("Service: -Xmx%s, Hikari pool 16, database %s. Time zone %s; traffic of 2024, seed %d.", o.serviceHeap(),
				o.databaseName(), TrafficModel.ZONE, o.seed());
		line("Runs per query: %d after %d warm-up (naive SQL: %d); throughput %d s per endpoint.", o.runs(),
				o.warmups(), o.naiveRuns(), 2 * o.throughputSlice().toSeconds());

		ResultTable summary = new ResultTable("figure", "value", "baseline", "ratio", "target", "result");
		summary.add("ingest, " + ResultTable.count(o.events()) + " events, " + o.clients() + " clients",
				ResultTable.count(ingestRate) + " events/s", "raw COPY " + ResultTable.count(copyRate) + " rows/s",
				ResultTable.ratio(ingestRate / copyRate), ">= 0.5", ResultTable.verdict(ingestRate / copyRate >= 0.5));
		int within = 0;
		int fast = 0;
		int aggregates = 0;
		int beatsNaive = 0;
		double worstRatio = 0;
		double worstMedian = 0;
		double leastSpeedup = Double.MAX_VALUE;
		for (int i = 0; i < queries.size(); i++) {
			Latencies[] t = timings.get(i);
			double ratio = t[0].medianMs() / t[1].medianMs();
			worstRatio = Math.max(worstRatio, ratio);
			worstMedian = Math.max(worstMedian, t[0].medianMs());
			within += (ratio <= 1.5) ? 1 : 0;
			fast += (t[0].medianMs() < 5) ? 1 : 0;
			if (queries.get(i).aggregate()) {
				aggregates++;
				double speedup = naive.get(i).medianMs() / t[0].medianMs();
				leastSpeedup = Math.min(leastSpeedup, speedup);
				beatsNaive += (speedup >= 100) ? 1 : 0;
			}
		}
		int n = queries.size();
		summary.add("vendor queries: median on " + ResultTable.count(o.events()) + " vs 10,000 events",
				"worst " + ResultTable.ratio(worstRatio) + "x", "10,000-event workspace", within + "/" + n + " within",
				"<= 1.5x each", ResultTable.verdict(within == n));
		summary.add("vendor queries: median", "worst " + ResultTable.ms(worstMedian), "-", fast + "/" + n + " under",
				"< 5 ms each", ResultTable.verdict(fast == n));
		summary.add("vendor queries vs naive GROUP BY", "least " + ResultTable.ratio(leastSpeedup) + "x faster",
				"naive SQL, same run", beatsNaive + "/" + aggregates + " >= 100x", ">= 100x at 10M events",
				tenMillion ? ResultTable.verdict(beatsNaive == aggregates) : "n/a below 10M");
		summary.add("HTTP: GetResponse daily stats, " + o.clients() + " clients",
				ResultTable.count(vendorRate) + " req/s",
				"/actuator/health " + ResultTable.count(healthRate) + " req/s",
				ResultTable.ratio(vendorRate / healthRate), ">= 0.5",
				ResultTable.verdict(vendorRate / healthRate >= 0.5));
		summary.add("memory: peak heap during ingest",
				String.format("%.0f MiB used, %.0f MiB retained", ingestHeap.usedMib(), ingestHeap.retainedMib()),
				"-Xmx" + o.serviceHeap(), "-", "runs in -Xmx512m", ResultTable.verdict(survived));
		summary.add("memory: peak heap streaming getMessageLog",
				String.format("%.0f MiB used, %.0f MiB retained", streamHeap.usedMib(), streamHeap.retainedMib()),
				"-Xmx" + o.serviceHeap(), "-", "runs in -Xmx512m", ResultTable.verdict(survived));
		section("Targets");
		this.report.append(summary.markdown());

		ResultTable table = new ResultTable("query", "median", "p99", "10k median", "10k p99", "vs 10k", "naive median",
				"faster than naive", "< 5 ms", "<= 1.5x 10k", ">= 100x naive");
		for (int i = 0; i < queries.size(); i++) {
			Query query = queries.get(i);
			Latencies[] t = timings.get(i);
			double ratio = t[0].medianMs() / t[1].medianMs();
			double speedup = naive.get(i).medianMs() / t[0].medianMs();
			table.add(query.name(), ResultTable.ms(t[0].medianMs()), ResultTable.ms(t[0].p99Ms()),
					ResultTable.ms(t[1].medianMs()), ResultTable.ms(t[1].p99Ms()), ResultTable.ratio(ratio),
					ResultTable.ms(naive.get(i).medianMs()) + (query.aggregate() ? "" : " (raw SELECT)"),
					ResultTable.ratio(speedup) + "x", ResultTable.verdict(t[0].medianMs() < 5),
					ResultTable.verdict(ratio <= 1.5), !query.aggregate() ? "-" : tenMillion
							? ResultTable.verdict(speedup >= 100) : "n/a (" + ResultTable.ratio(speedup) + "x)");
		}
		section("Queries (client-side, over HTTP; %s events vs 10,000)", ResultTable.count(o.events()));
		this.report.append(table.markdown());

		ResultTable details = new ResultTable("detail", "value");
		details.add("traffic generation (not timed)", String.format("%.1f s", generated));
		details.add("COPY baseline",
				String.format("%.1f s; table %s bytes/row", copy[0], ResultTable.count(copy[1] / o.events())));
		details.add("ingest wall time", String.format("%.1f s for %,d batches", ingest.seconds(),
				(int) Math.ceil((double) o.events() / o.batchSize())));
		details.add("ingest request latency",
				String.format("median %s, p99 %s per batch of %,d", ResultTable.ms(ingest.batchLatencies().medianMs()),
						ResultTable.ms(ingest.batchLatencies().p99Ms()), o.batchSize()));
		details.add("ingest rate per tenth of the batches, in order",
				java.util.Arrays.stream(ingest.tenths())
					.mapToObj((rate) -> ResultTable.count(rate))
					.collect(java.util.stream.Collectors.joining(", ")) + " events/s");
		details.add("stored size",
				String.format(
						"event table %s bytes/event; buckets, first touches, catalogue %s "
								+ "bytes/event; %,d bucket rows",
						ResultTable.count((double) eventBytes / (o.events() + o.smallEvents())),
						ResultTable.count((double) derivedBytes / (o.events() + o.smallEvents())), bucketRows));
		details.add("planner statistics during ingest", this.analyzeNote);
		details.add("VACUUM ANALYZE after ingest", String.format("%.1f s", vacuum));
		details.add("heap committed, peak", String.format("%.0f MiB during ingest, %.0f MiB streaming",
				ingestHeap.committedMib(), streamHeap.committedMib()));
		details.add("getMessageLog page streamed", String.format("%,d rows, %,d bytes, %.2f s each (limit %,d)",
				stream[0], stream[1], streamSeconds, o.logPageLimit()));
		details.add("GET /actuator/health/liveness (no database check)",
				String.format("%s req/s with %d clients; one client: median %s, p99 %s (the floor of any query)",
						ResultTable.count(livenessRate), o.clients(), ResultTable.ms(this.floor.medianMs()),
						ResultTable.ms(this.floor.p99Ms())));
		details.add("service alive, no OutOfMemoryError", Boolean.toString(survived));
		section("Details");
		this.report.append(details.markdown());
		if (this.ingestProfile != null) {
			section("Where the ingest goes (JFR, request threads of the service; %d clients)", o.clients());
			this.report.append(this.ingestProfile.markdown());
		}
		System.out.println();
		System.out.print(this.report);
	}

	private void section(String format, Object... args) {
		this.report.append("\n### ").append(String.format(format, args)).append("\n\n");
	}

	private void line(String format, Object... args) {
		this.report.append(String.format(format, args)).append("\n\n");
	}

	private static void progress(String format, Object... args) {
		System.out.printf("[benchmark %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
				String.format(format, args));
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
