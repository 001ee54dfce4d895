package dev.statsemulator.benchmark;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.statsemulator.benchmark.QueryCatalogue.Query;

/**
 * The report of a run, in Markdown: the targets with PASS or MISS, every query, the
 * details, and the ingest profile when there is one.
 */
final class BenchmarkReport {

	private final StringBuilder report = new StringBuilder();

	private BenchmarkReport() {
	}

	static String render(BenchmarkOptions o, Figures f) {
		return new BenchmarkReport().write(o, f);
	}

	private String write(BenchmarkOptions o, Figures f) {
		boolean tenMillion = o.events() >= 10_000_000;
		section("Stats Emulator benchmark: %,d events, %d clients%s", o.events(), o.clients(),
				o.quick() ? " (quick mode)" : "");
		line("Machine: %s; %d cores, %s; Java %s; PostgreSQL %s", Environment.cpuModel(),
				Runtime.getRuntime().availableProcessors(), Environment.memory(), System.getProperty("java.version"),
				f.postgresVersion);
		line("Load average (1, 5, 15 min) at the start: %s; at the end: %s (other work on the machine shows here)",
				f.loadBefore, f.loadAfter);
		line("Service: -Xmx%s, Hikari pool 16, database %s. Time zone %s; traffic of 2024, seed %d.", o.serviceHeap(),
				o.databaseName(), TrafficModel.ZONE, o.seed());
		line("Runs per query: %d after %d warm-up (naive SQL: %d); throughput %d s per endpoint.", o.runs(),
				o.warmups(), o.naiveRuns(), 2 * o.throughputSlice().toSeconds());

		ResultTable summary = new ResultTable("figure", "value", "baseline", "ratio", "target", "result");
		summary.add("ingest, " + ResultTable.count(o.events()) + " events, " + o.clients() + " clients",
				ResultTable.count(f.ingestRate) + " events/s", "raw COPY " + ResultTable.count(f.copyRate) + " rows/s",
				ResultTable.ratio(f.ingestRate / f.copyRate), ">= 0.5",
				ResultTable.verdict(f.ingestRate / f.copyRate >= 0.5));
		int within = 0;
		int fast = 0;
		int aggregates = 0;
		int beatsNaive = 0;
		double worstRatio = 0;
		double worstMedian = 0;
		double leastSpeedup = Double.MAX_VALUE;
		for (int i = 0; i < f.queries.size(); i++) {
			Latencies[] t = f.timings.get(i);
			double ratio = t[0].medianMs() / t[1].medianMs();
			worstRatio = Math.max(worstRatio, ratio);
			worstMedian = Math.max(worstMedian, t[0].medianMs());
			within += (ratio <= 1.5) ? 1 : 0;
			fast += (t[0].medianMs() < 5) ? 1 : 0;
			if (f.queries.get(i).aggregate() && f.naive.get(i) != null) {
				aggregates++;
				double speedup = f.naive.get(i).medianMs() / t[0].medianMs();
				leastSpeedup = Math.min(leastSpeedup, speedup);
				beatsNaive += (speedup >= 100) ? 1 : 0;
			}
		}
		int n = f.queries.size();
		summary.add("vendor queries: median on " + ResultTable.count(o.events()) + " vs 10,000 events",
				"worst " + ResultTable.ratio(worstRatio) + "x", "10,000-event workspace", within + "/" + n + " within",
				"<= 1.5x each", ResultTable.verdict(within == n));
		summary.add("vendor queries: median", "worst " + ResultTable.ms(worstMedian), "-", fast + "/" + n + " under",
				"< 5 ms each", ResultTable.verdict(fast == n));
		summary.add("vendor queries vs naive GROUP BY", "least " + ResultTable.ratio(leastSpeedup) + "x faster",
				"naive SQL, same run", beatsNaive + "/" + aggregates + " >= 100x", ">= 100x at 10M events",
				tenMillion ? ResultTable.verdict(beatsNaive == aggregates) : "n/a below 10M");
		summary.add("HTTP: GetResponse daily stats, " + o.clients() + " clients",
				ResultTable.count(f.vendorRate) + " req/s",
				"/actuator/health " + ResultTable.count(f.healthRate) + " req/s",
				ResultTable.ratio(f.vendorRate / f.healthRate), ">= 0.5",
				ResultTable.verdict(f.vendorRate / f.healthRate >= 0.5));
		summary.add("ingest vs COPY into a table with the event table's indexes",
				ResultTable.count(f.ingestRate) + " events/s",
				"indexed COPY " + ResultTable.count(f.indexedCopyRate) + " rows/s",
				ResultTable.ratio(f.ingestRate / f.indexedCopyRate), "-", "-");
		summary.add("memory: peak heap during ingest",
				String.format("%.0f MiB used, %.0f MiB retained", f.ingestHeap.usedMib(), f.ingestHeap.retainedMib()),
				"-Xmx" + o.serviceHeap(), "-", "runs in -Xmx512m", ResultTable.verdict(f.survived));
		summary.add("memory: peak heap streaming getMessageLog",
				String.format("%.0f MiB used, %.0f MiB retained", f.streamHeap.usedMib(), f.streamHeap.retainedMib()),
				"-Xmx" + o.serviceHeap(), "-", "runs in -Xmx512m", ResultTable.verdict(f.survived));
		section("Targets");
		this.report.append(summary.markdown());

		ResultTable table = new ResultTable("query", "median", "p99", "10k median", "10k p99", "vs 10k", "naive median",
				"faster than naive", "< 5 ms", "<= 1.5x 10k", ">= 100x naive");
		for (int i = 0; i < f.queries.size(); i++) {
			Query query = f.queries.get(i);
			Latencies[] t = f.timings.get(i);
			double ratio = t[0].medianMs() / t[1].medianMs();
			Latencies naive = f.naive.get(i);
			double speedup = (naive != null) ? naive.medianMs() / t[0].medianMs() : Double.NaN;
			table.add(query.name(), ResultTable.ms(t[0].medianMs()), ResultTable.ms(t[0].p99Ms()),
					ResultTable.ms(t[1].medianMs()), ResultTable.ms(t[1].p99Ms()), ResultTable.ratio(ratio),
					(naive == null) ? "-"
							: ResultTable.ms(naive.medianMs()) + (query.aggregate() ? "" : " (raw SELECT)"),
					(naive == null) ? "-" : ResultTable.ratio(speedup) + "x", ResultTable.verdict(t[0].medianMs() < 5),
					ResultTable.verdict(ratio <= 1.5), (!query.aggregate() || naive == null) ? "-" : tenMillion
							? ResultTable.verdict(speedup >= 100) : "n/a (" + ResultTable.ratio(speedup) + "x)");
		}
		section("Queries (client-side, over HTTP; %s events vs 10,000)", ResultTable.count(o.events()));
		this.report.append(table.markdown());

		ResultTable details = new ResultTable("detail", "value");
		details.add("traffic generation (not timed)", String.format("%.1f s", f.generatedSeconds));
		details.add("COPY baseline", String.format("%.1f s; table %s bytes/row", f.copySeconds,
				ResultTable.count(f.copyTableBytes / o.events())));
		details.add("COPY into a table with the event table's indexes (LIKE event INCLUDING ALL)",
				String.format("%.1f s, %s rows/s (%.1fx the plain COPY's time)", f.indexedCopySeconds,
						ResultTable.count(f.indexedCopyRate), f.indexedCopySeconds / f.copySeconds));
		details.add("ingest wall time", String.format("%.1f s for %,d batches", f.ingest.seconds(),
				(int) Math.ceil((double) o.events() / o.batchSize())));
		details.add("ingest request latency",
				String.format(
						"median %s, p99 %s per batch of %,d (to its stored answer); %,d answers 503 (busy), "
								+ "each retried after 1 s",
						ResultTable.ms(f.ingest.batchLatencies().medianMs()),
						ResultTable.ms(f.ingest.batchLatencies().p99Ms()), o.batchSize(), f.ingest.busy()));
		details.add("ingest rate per tenth of the batches, in order",
				Arrays.stream(f.ingest.tenths())
					.mapToObj((rate) -> ResultTable.count(rate))
					.collect(Collectors.joining(", ")) + " events/s");
		details.add("stored size", String.format(
				"event table %s bytes/event; buckets, first touches, catalogue %s " + "bytes/event; %,d bucket rows",
				ResultTable.count((double) f.eventTableBytes / (o.events() + o.smallEvents())),
				ResultTable.count((double) f.derivedTableBytes / (o.events() + o.smallEvents())), f.bucketRows));
		details.add("planner statistics during ingest", f.plannerStatistics);
		details.add("VACUUM ANALYZE after ingest", String.format("%.1f s", f.vacuumSeconds));
		details.add("heap committed, peak", String.format("%.0f MiB during ingest, %.0f MiB streaming",
				f.ingestHeap.committedMib(), f.streamHeap.committedMib()));
		details.add("getMessageLog page streamed", String.format("%,d rows, %,d bytes, %.2f s each (limit %,d)",
				f.streamRows, f.streamBytes, f.streamSeconds, o.logPageLimit()));
		details.add("GET /actuator/health, one client", String.format("median %s, p99 %s (the floor of any query)",
				ResultTable.ms(f.floor.medianMs()), ResultTable.ms(f.floor.p99Ms())));
		details.add("service arguments added (-Dbenchmark.serviceArgs)",
				o.serviceArgs().isEmpty() ? "none" : String.join(" ", o.serviceArgs()));
		details.add("service alive, no OutOfMemoryError", Boolean.toString(f.survived));
		section("Details");
		this.report.append(details.markdown());
		flatness(o, f);
		load("Load against WireMock on PostgreSQL: the " + ResultTable.count(o.events()) + "-event workspace",
				f.loadPostgres, f, o);
		load("Load against WireMock on H2: the 10,000-event workspace beside the demo", f.loadH2, f, o);
		largePage(o, f);
		startup(o, f);
		demo(f);
		if (!f.notes.isEmpty()) {
			section("Not measured");
			f.notes.forEach((note) -> this.report.append("- ").append(note).append('\n'));
		}
		if (f.ingestProfile != null) {
			section("Where the ingest goes (JFR, request threads of the service; %d clients)", o.clients());
			this.report.append(f.ingestProfile.markdown());
		}
		return this.report.toString();
	}

	/** Every query at both sizes: aggregates as a ratio, listings as a cost per row. */
	private void flatness(BenchmarkOptions o, Figures f) {
		ResultTable table = new ResultTable("query", "kind", "10k median", ResultTable.count(o.events()) + " median",
				"ratio", "<= 1.5x", "rows 10k / " + ResultTable.count(o.events()),
				"us per row 10k / " + ResultTable.count(o.events()));
		int aggregates = 0;
		int flat = 0;
		for (int i = 0; i < f.queries.size(); i++) {
			Query query = f.queries.get(i);
			Latencies[] t = f.timings.get(i);
			long[] rows = f.rows.get(i);
			double ratio = t[0].medianMs() / t[1].medianMs();
			if (!query.listing()) {
				aggregates++;
				flat += (ratio <= 1.5) ? 1 : 0;
			}
			table.add(query.name(), query.listing() ? "listing" : "aggregate", ResultTable.ms(t[1].medianMs()),
					ResultTable.ms(t[0].medianMs()), ResultTable.ratio(ratio),
					query.listing() ? "-" : ResultTable.verdict(ratio <= 1.5),
					query.listing() ? String.format("%,d / %,d", rows[1], rows[0]) : "-",
					query.listing() ? String.format("%.1f / %.1f", perRow(t[1], rows[1]), perRow(t[0], rows[0])) : "-");
		}
		section("How cost grows: %s vs 10,000 events (aggregates %d of %d within 1.5x)", ResultTable.count(o.events()),
				flat, aggregates);
		this.report.append(table.markdown());
	}

	private static double perRow(Latencies latencies, long rows) {
		return (rows == 0) ? Double.NaN : latencies.medianMs() * 1000 / rows;
	}

	private void load(String title, java.util.List<LoadMatrix.Row> rows, Figures f, BenchmarkOptions o) {
		if (rows.isEmpty()) {
			return;
		}
		ResultTable table = new ResultTable("request", "connections", "emulator req/s", "emulator p50 / p99",
				"WireMock req/s", "WireMock p50 / p99", "emulator / WireMock", "emulator / health", "errors");
		for (LoadMatrix.Row row : rows) {
			LoadMatrix.Row health = rows.stream()
				.filter((r) -> r.connections() == row.connections())
				.findFirst()
				.orElseThrow();
			LoadGenerator.Result e = row.emulator();
			LoadGenerator.Result w = row.wiremock();
			table.add(row.target(), Integer.toString(row.connections()), ResultTable.count(e.rate()),
					ResultTable.ms(e.medianMs()) + " / " + ResultTable.ms(e.p99Ms()),
					(w == null) ? "-" : ResultTable.count(w.rate()),
					(w == null) ? "-" : ResultTable.ms(w.medianMs()) + " / " + ResultTable.ms(w.p99Ms()),
					(w == null) ? "-" : ResultTable.ratio(e.rate() / w.rate()),
					ResultTable.ratio(e.rate() / health.emulator().rate()),
					e.errors() + ((w == null) ? "" : " / " + w.errors()));
		}
		section("%s", title);
		line("Generator: %s. Each run %d s, closed loop (each connection sends its next request when it has read "
				+ "the answer), after a 1 s warm-up of each request on each server; the emulator's and WireMock's "
				+ "runs of a request alternate which goes first. \"health\" is the emulator's GET /actuator/health "
				+ "at the same concurrency. Errors: emulator / WireMock.", f.loadGenerator, o.loadSlice().toSeconds());
		this.report.append(table.markdown());
	}

	private void largePage(BenchmarkOptions o, Figures f) {
		ResultTable table = new ResultTable("server", "rows", "bytes", "first byte", "whole page", "MB/s");
		table.add("emulator (streams from PostgreSQL)", ResultTable.count(f.streamRows),
				ResultTable.count(f.streamBytes), ResultTable.ms(f.streamFirstByteSeconds * 1000),
				ResultTable.ms(f.streamSeconds * 1000), String.format("%.1f", f.streamBytes / 1e6 / f.streamSeconds));
		if (f.wiremockStreamSeconds > 0) {
			table.add("WireMock (the same bytes from a body file)", ResultTable.count(f.streamRows),
					ResultTable.count(f.wiremockStreamBytes), ResultTable.ms(f.wiremockFirstByteSeconds * 1000),
					ResultTable.ms(f.wiremockStreamSeconds * 1000),
					String.format("%.1f", f.wiremockStreamBytes / 1e6 / f.wiremockStreamSeconds));
		}
		section("A getMessageLog page of up to %s rows (mean of 3, read and parsed by one client)",
				ResultTable.count(o.logPageLimit()));
		this.report.append(table.markdown()).append('\n');
		line("Service heap while it streamed (jstat, -Xmx%s): peak %.0f MiB used, %.0f MiB retained, %.0f MiB "
				+ "committed.%s", o.serviceHeap(), f.streamHeap.usedMib(), f.streamHeap.retainedMib(),
				f.streamHeap.committedMib(),
				(f.wiremockStreamSeconds > 0) ? String.format(" Emulator / WireMock: %.2f of WireMock's MB/s.",
						f.wiremockStreamSeconds / f.streamSeconds) : "");
	}

	private void startup(BenchmarkOptions o, Figures f) {
		ResultTable table = new ResultTable("process", "first 200 after launch (median)", "each launch",
				"RSS then (median)");
		for (StartupTrials.Launch launch : f.startups) {
			table.add(launch.what(), String.format("%.2f s", launch.medianSeconds()),
					StartupTrials.seconds(launch.seconds()) + " s", String.format("%.0f MiB", launch.medianRssMib()));
		}
		table.add("the benchmark's service: java -jar, PostgreSQL, a new database (migrations)",
				String.format("%.2f s", f.serviceStartSeconds), "1 launch",
				String.format("%.0f MiB", f.serviceRssStart));
		if (f.wiremockStartSeconds > 0) {
			table.add("the benchmark's WireMock", String.format("%.2f s", f.wiremockStartSeconds), "1 launch",
					String.format("%.0f MiB", f.wiremockRssStart));
		}
		section("Start-up and resident memory (-Xmx%s each)", o.serviceHeap());
		this.report.append(table.markdown()).append('\n');
		line("CDS: %s. The service's RSS on PostgreSQL: %.0f MiB after start, %.0f MiB after the ingest, %.0f MiB "
				+ "after the load matrix, %.0f MiB at the end; WireMock's: %.0f MiB after start, %.0f MiB at the end "
				+ "(its stubs and the large page served).", f.cdsNote, f.serviceRssStart, f.serviceRssIngest,
				f.serviceRssLoad, f.serviceRssEnd, f.wiremockRssStart, f.wiremockRssEnd);
	}

	private void demo(Figures f) {
		if (f.demos.isEmpty()) {
			return;
		}
		ResultTable table = new ResultTable("database", "demo ready after launch", "events", "generation (log)",
				"events/s", "CPU s (generating and writing threads)", "RSS then");
		for (Figures.DemoRun run : f.demos) {
			table.add(run.database(), String.format("%.1f s", run.readySeconds()), ResultTable.count(run.events()),
					String.format("%.1f s", run.generationSeconds()), ResultTable.count(run.eventsPerSecond()),
					String.format("%.1f", run.cpuSeconds()), String.format("%.0f MiB", run.rssMib()));
		}
		section("The demo: from launch to /actuator/health 200 (target: under 10 s)");
		this.report.append(table.markdown()).append('\n');
		if (f.h2IngestSeconds > 0) {
			line("Then, on H2: the 10,000-event workspace ingested in %.1f s; the H2 service's RSS after its load "
					+ "matrix %.0f MiB.", f.h2IngestSeconds, f.h2Rss);
		}
	}

	private void section(String format, Object... args) {
		this.report.append("\n### ").append(String.format(format, args)).append("\n\n");
	}

	private void line(String format, Object... args) {
		this.report.append(String.format(format, args)).append("\n\n");
	}

}
