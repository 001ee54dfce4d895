package dev.statsemulator.benchmark;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * It generates the traffic first, then times the start of WireMock and of the service
 * (packaged, extracted, with a CDS archive), the demo's start on H2 and on PostgreSQL and
 * (on that H2 service) the load matrix against WireMock; then recreates the benchmark
 * database, starts the packaged service in a JVM of its own with {@code -Xmx512m}, and
 * measures, in order:
 * <ol>
 * <li>the raw COPY of the large workspace's rows into a plain table and into one with the
 * event table's indexes (the ingest baselines);</li>
 * <li>ingest of the small (10,000 events) and the large workspace through the control
 * API, NDJSON batches sent by concurrent clients, sampling the service's heap;</li>
 * <li>each vendor's queries on both workspaces, interleaved, then the naive SQL over the
 * raw events;</li>
 * <li>the throughput of a vendor endpoint and of the health endpoint, and the saturating
 * load matrix against WireMock serving the emulator's own answers;</li>
 * <li>the heap while a 100,000-row getMessageLog page streams, and WireMock serving the
 * same bytes.</li>
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
		Figures figures = new Figures();
		LoadGenerator load = LoadGenerator.choose(o.loadGenerator(), dir.resolve("load"));
		figures.loadGenerator = load.description();
		Path wiremockJar = o.wiremockJar().filter(Files::isRegularFile).orElse(null);
		if (o.wiremockJar().isPresent() && wiremockJar == null) {
			figures.notes.add("No WireMock baseline: " + o.wiremockJar().get()
					+ " is missing (./mvnw -Pbenchmark verify copies it there)");
		}
		try {
			StartupTrials.Result startups = StartupTrials.run(o, wiremockJar, dir.resolve("startup"),
					(text) -> progress("%s", text));
			figures.startups = startups.launches();
			figures.cdsNote = startups.note();
			try (WireMockProcess wiremock = (wiremockJar != null) ? WireMockProcess.start(o, wiremockJar, o.port(1),
					dir.resolve("wiremock"), o.output().resolve("wiremock.log"), o.serviceHeap()) : null) {
				if (wiremock != null) {
					figures.wiremockStartSeconds = wiremock.startSeconds();
					figures.wiremockRssStart = wiremock.rssAfterStartMib();
				}
				List<Figures.DemoRun> demos = new ArrayList<>();
				if (o.demo() || o.h2()) {
					onH2(figures, demos, wiremock, load, smallTraffic, smallFiles, dir);
				}
				if (o.demo() && !o.citus()) {
					demos.add(demoOnPostgres(dir));
				}
				figures.demos = demos;
				BenchDatabase.recreate(o);
				progress("Starting the service (-Xmx%s) on port %d, database %s", o.serviceHeap(), o.port(),
						o.databaseName());
				try (ServiceProcess service = ServiceProcess.start(o, ADMIN_TOKEN, o.output().resolve("service.log"));
						HeapSampler heap = HeapSampler.start(service.pid());
						BenchDatabase database = BenchDatabase.connect(o)) {
					measure(figures, service, heap, database, wiremock, load,
							new BenchWorkspace(LARGE, largeTraffic, service.baseUrl()),
							new BenchWorkspace(SMALL, smallTraffic, service.baseUrl()), largeFiles, smallFiles, dir);
				}
				if (wiremock != null) {
					figures.wiremockRssEnd = wiremock.rssMib();
				}
			}
		}
		finally {
			largeFiles.delete();
			smallFiles.delete();
			StartupTrials.delete(dir);
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

	/**
	 * The service on its embedded H2 in an empty data directory: with the demo on, the
	 * time to the demo being ready; then (with {@code benchmark.h2}) the small workspace
	 * ingested beside the demo and the load matrix on it, against WireMock serving this
	 * service's answers.
	 */
	private void onH2(Figures f, List<Figures.DemoRun> demos, WireMockProcess wiremock, LoadGenerator load,
			TrafficModel smallTraffic, EventFiles smallFiles, Path dir) throws IOException {
		BenchmarkOptions o = this.options;
		Path data = dir.resolve("h2-data");
		int port = o.port(2);
		Path log = o.output().resolve("service-h2.log");
		progress(o.demo() ? "Demo on H2: starting the service with the demo on, an empty data directory"
				: "H2: starting the service, an empty data directory");
		List<String> command = ServiceProcess.command(o, o.serviceHeap(), List.of(), ServiceProcess.jar(o),
				List.of("--emulator.data-dir=" + data), o.demo(), ADMIN_TOKEN, port);
		try (ServiceProcess h2 = ServiceProcess.launch(command, port, log, o.startTimeout())) {
			if (o.demo()) {
				demos.add(demoRun("H2 (the default), an empty data directory", h2, log));
			}
			if (o.h2()) {
				BenchWorkspace small = new BenchWorkspace(SMALL, smallTraffic, h2.baseUrl());
				small.http()
					.send("PUT", "/_emulator/v1/workspaces/" + SMALL, "application/json", small.settingsJson(),
							"Authorization", "Bearer " + ADMIN_TOKEN);
				progress("H2: ingesting the %,d events of the small workspace", smallFiles.events());
				LoadRunner.IngestResult ingest = LoadRunner.ingest(h2.baseUrl(), ADMIN_TOKEN, SMALL, smallFiles, 1);
				if (ingest.stored() != smallFiles.events()) {
					throw new IllegalStateException("H2 stored " + ingest.stored() + " of " + smallFiles.events());
				}
				f.h2IngestSeconds = ingest.seconds();
				freezeClock(small);
				small.tellodyLogin();
				f.loadH2 = LoadMatrix.run(load, h2.baseUrl(), wiremock, loadChecks(small, false), o.concurrency(),
						o.loadSlice(), (text) -> progress("H2: %s", text));
				f.h2Rss = h2.rssMib();
			}
		}
		StartupTrials.delete(data);
	}

	/**
	 * The demo on a new PostgreSQL database: the time to ready, then the database
	 * dropped.
	 */
	private Figures.DemoRun demoOnPostgres(Path dir) throws IOException {
		BenchmarkOptions o = this.options;
		String name = o.databaseName() + "_demo";
		BenchDatabase.recreate(o, name);
		String url = o.jdbcUrl().replaceFirst("/" + o.databaseName() + "(\\?|$)", "/" + name + "$1");
		int port = o.port(3);
		Path log = o.output().resolve("service-demo-postgres.log");
		progress("Demo on PostgreSQL: starting the service with the demo on, database %s", name);
		List<String> command = ServiceProcess.command(o, o.serviceHeap(), List.of(), ServiceProcess.jar(o),
				new ArrayList<>(ServiceProcess.postgresArguments(o, url)), true, ADMIN_TOKEN, port);
		command.add("--emulator.data-dir=" + dir.resolve("demo-postgres-data"));
		Figures.DemoRun run;
		try (ServiceProcess service = ServiceProcess.launch(command, port, log, o.startTimeout())) {
			run = demoRun("PostgreSQL, a new database", service, log);
		}
		BenchDatabase.drop(o, name);
		return run;
	}

	private static final Pattern GENERATED = Pattern.compile("Generated (\\d+) events \\((\\d+) stored\\) for "
			+ "workspace 'demo' in (\\d+) ms: (\\d+) events/s \\((\\d+) ms of CPU");

	/**
	 * The demo's figures: the start, and the generation as the service's log reports it.
	 */
	private static Figures.DemoRun demoRun(String database, ServiceProcess service, Path log) throws IOException {
		Matcher generated = GENERATED.matcher(Files.readString(log, StandardCharsets.UTF_8));
		if (!generated.find()) {
			throw new IllegalStateException("The demo was ready but " + log + " reports no generation");
		}
		Figures.DemoRun run = new Figures.DemoRun(database, service.startSeconds(), Long.parseLong(generated.group(1)),
				Long.parseLong(generated.group(3)) / 1000.0, Double.parseDouble(generated.group(4)),
				Long.parseLong(generated.group(5)) / 1000.0, service.rssAfterStartMib());
		progress("Demo on %s: ready %.1f s after launch, %,d events generated in %.1f s (%,.0f events/s)", database,
				run.readySeconds(), run.events(), run.generationSeconds(), run.eventsPerSecond());
		return run;
	}

	/**
	 * The requests of the load matrix: the trivial health check, then the vendor calls of
	 * issue 16 (with {@code all}, Tellody's report and a getMessageLog page too), and a
	 * Rocket.Chat call that differs every time (what an answer cache cannot serve).
	 */
	static List<LoadMatrix.Check> loadChecks(BenchWorkspace w, boolean all) {
		List<LoadMatrix.Check> checks = new ArrayList<>();
		checks.add(check("GET /actuator/health", w.http().request("GET", "/actuator/health", null, null), null, "UP"));
		checks.add(check("GetResponse get_message_stats: busiest, daily", QueryCatalogue.throughputQuery(w), null,
				"\"result\""));
		checks.add(check("Pushwoosh totalsByIntervals: busiest push", QueryCatalogue.totalsByIntervals(w), null,
				"\"metrics\""));
		checks.add(check("Rocket.Chat messages-sent: 90 days", QueryCatalogue.rocketChatNinetyDays(w), null,
				"\"period\""));
		if (all) {
			checks.add(check("Tellody ContactChart: a year by month", QueryCatalogue.tellodyYearByMonth(w), w.cookie(),
					"contactsAdded"));
			checks.add(check("Pushwoosh getMessageLog: busiest push, limit 100", QueryCatalogue.messageLog(w, 100),
					null, "\"pagination_token\""));
		}
		checks.add(new LoadMatrix.Check(
				new LoadGenerator.Target("Rocket.Chat messages-sent: 90 days, another end each time",
						QueryCatalogue.rocketChatNinetyDays(w), null, Instant.parse(QueryCatalogue.NINETY_DAYS_END)),
				"\"period\""));
		return checks;
	}

	private static LoadMatrix.Check check(String name, HttpRequest request, String cookie, String expect) {
		return new LoadMatrix.Check(new LoadGenerator.Target(name, request, cookie, null), expect);
	}

	/**
	 * Pushwoosh's 30-day rule and "now" read the emulator clock: stop it just after the
	 * traffic's year.
	 */
	private static void freezeClock(BenchWorkspace workspace) {
		workspace.http()
			.send("PUT", "/_emulator/v1/clock", "application/json", "{\"now\": \"2025-01-01T12:00:00Z\"}",
					"Authorization", "Bearer " + ADMIN_TOKEN);
	}

	private void measure(Figures f, ServiceProcess service, HeapSampler heap, BenchDatabase database,
			WireMockProcess wiremock, LoadGenerator load, BenchWorkspace large, BenchWorkspace small,
			EventFiles largeFiles, EventFiles smallFiles, Path dir) throws IOException {
		BenchmarkOptions o = this.options;
		String base = service.baseUrl();
		f.serviceStartSeconds = service.startSeconds();
		f.serviceRssStart = service.rssAfterStartMib();
		for (BenchWorkspace workspace : List.of(large, small)) {
			workspace.http()
				.send("PUT", "/_emulator/v1/workspaces/" + workspace.id(), "application/json", workspace.settingsJson(),
						"Authorization", "Bearer " + ADMIN_TOKEN);
		}

		progress("COPY baseline: %,d rows into a plain table", largeFiles.events());
		double[] copy = database.copyBaseline(largeFiles, false);
		f.copySeconds = copy[0];
		f.copyTableBytes = copy[1];
		f.copyRate = largeFiles.events() / copy[0];
		progress("COPY: %.1f s, %,.0f rows/s", f.copySeconds, f.copyRate);
		progress("COPY baseline: %,d rows into a table with the event table's indexes", largeFiles.events());
		double[] indexedCopy = database.copyBaseline(largeFiles, true);
		f.indexedCopySeconds = indexedCopy[0];
		f.indexedCopyRate = largeFiles.events() / indexedCopy[0];
		progress("Indexed COPY: %.1f s, %,.0f rows/s", f.indexedCopySeconds, f.indexedCopyRate);

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
		f.serviceRssIngest = service.rssMib();
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

		freezeClock(large);
		large.tellodyLogin();
		small.tellodyLogin();

		f.queries = QueryCatalogue.all(ADMIN_TOKEN);
		f.timings = new ArrayList<>();
		f.rows = new ArrayList<>();
		for (Query query : f.queries) {
			progress("Query: %s (%d runs each)", query.name(), o.runs());
			f.timings.add(timeQuery(query, large, small, f.rows));
		}
		f.floor = timeFloor(large);
		f.naive = new ArrayList<>();
		for (Query query : f.queries) {
			if (query.naiveSql() == null) {
				f.naive.add(null);
				continue;
			}
			progress("Naive SQL: %s (%d runs)", query.name(), o.naiveRuns());
			f.naive.add(timeNaive(database, query, large));
		}

		progress("Throughput: %d clients, %d s per endpoint", o.clients(), 2 * o.throughputSlice().toSeconds());
		HttpRequest health = large.http().request("GET", "/actuator/health", null, null);
		HttpRequest vendor = QueryCatalogue.throughputQuery(large);
		large.http().send(vendor);
		for (int slice = 0; slice < 2; slice++) {
			f.healthRate += LoadRunner.throughput(base, health, o.clients(), o.throughputSlice()) / 2;
			f.vendorRate += LoadRunner.throughput(base, vendor, o.clients(), o.throughputSlice()) / 2;
		}

		progress("Load matrix: %s; %s connections, %d s a run", load.description(), o.concurrency(),
				o.loadSlice().toSeconds());
		f.loadPostgres = LoadMatrix.run(load, base, wiremock, loadChecks(large, true), o.concurrency(), o.loadSlice(),
				(text) -> progress("%s", text));
		f.serviceRssLoad = service.rssMib();

		progress("Memory: streaming a getMessageLog page of up to %,d rows, 3 times", o.logPageLimit());
		HttpRequest page = QueryCatalogue.largeMessageLogPage(large, o.logPageLimit());
		Path pageCopy = dir.resolve("large-page.json");
		long streamStart = System.nanoTime();
		double firstByte = 0;
		for (int i = 0; i < 3; i++) {
			long[] stream = streamPage(large.http(), page, (i == 2) ? pageCopy : null);
			f.streamRows = stream[0];
			f.streamBytes = stream[1];
			firstByte += stream[2] / 1e9 / 3;
		}
		f.streamSeconds = seconds(streamStart) / 3;
		f.streamFirstByteSeconds = firstByte;
		ServiceProcess.sleep(300);
		f.streamHeap = heap.peak(streamStart, System.nanoTime());
		if (wiremock != null) {
			progress("WireMock: serving the same %,d bytes, 3 times", f.streamBytes);
			Path body = wiremock.stubFile(page, "application/json", "large-page.json");
			Files.move(pageCopy, body, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			HttpRequest mocked = LoadGenerator.retarget(page, wiremock.baseUrl(), null);
			streamPage(large.http(), mocked, null);
			long mockStart = System.nanoTime();
			double mockFirstByte = 0;
			for (int i = 0; i < 3; i++) {
				long[] stream = streamPage(large.http(), mocked, null);
				f.wiremockStreamBytes = stream[1];
				mockFirstByte += stream[2] / 1e9 / 3;
				if (stream[0] != f.streamRows) {
					throw new IllegalStateException("WireMock's page has " + stream[0] + " rows of " + f.streamRows);
				}
			}
			f.wiremockStreamSeconds = seconds(mockStart) / 3;
			f.wiremockFirstByteSeconds = mockFirstByte;
		}
		f.serviceRssEnd = service.rssMib();
		f.survived = service.isAlive() && !service.ranOutOfMemory();
		f.loadAfter = Environment.loadAverage();
		f.postgresVersion = database.text("SHOW server_version") + (database.citus()
				? ", Citus " + database.text("SELECT extversion FROM pg_extension WHERE extname = 'citus'")
						+ ": a coordinator and " + o.citusWorkers().size() + " workers on this machine, "
						+ database.text("SHOW citus.shard_count") + " shards per table"
				: "");
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
	private Latencies[] timeQuery(Query query, BenchWorkspace large, BenchWorkspace small, List<long[]> rows) {
		HttpRequest largeRequest = query.request().apply(large);
		HttpRequest smallRequest = query.request().apply(small);
		try (PlainHttp largeHttp = new PlainHttp(large.http()); PlainHttp smallHttp = new PlainHttp(small.http())) {
			long[] listed = new long[2];
			for (BenchWorkspace workspace : List.of(large, small)) {
				boolean isLarge = workspace == large;
				byte[] answer = (isLarge ? largeHttp : smallHttp).send(isLarge ? largeRequest : smallRequest);
				String body = new String(answer, StandardCharsets.UTF_8);
				if (!body.contains(query.expect())) {
					throw new IllegalStateException(query.name() + " on " + workspace.id() + " answered "
							+ body.substring(0, Math.min(500, body.length())));
				}
				listed[isLarge ? 0 : 1] = query.rows(body);
			}
			rows.add(listed);
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

	/**
	 * Reads a getMessageLog answer as it streams in (and copies it to {@code copy} when
	 * given): its rows, bytes, and the nanoseconds from sending to the first byte of the
	 * body.
	 */
	private static long[] streamPage(ServiceClient http, HttpRequest page, Path copy) {
		long sent = System.nanoTime();
		HttpResponse<InputStream> response = http.stream(page);
		long[] bytes = { 0, 0 };
		long rows = 0;
		try (OutputStream out = (copy != null) ? new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)
				: OutputStream.nullOutputStream(); InputStream counted = new FilterInputStream(response.body()) {

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int read = super.read(buffer, offset, length);
						if (read > 0 && bytes[0] == 0) {
							bytes[1] = System.nanoTime() - sent;
						}
						if (read > 0) {
							out.write(buffer, offset, read);
						}
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
		return new long[] { rows, bytes[0], bytes[1] };
	}

	private static void progress(String format, Object... args) {
		System.out.printf("[benchmark %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
				String.format(format, args));
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
