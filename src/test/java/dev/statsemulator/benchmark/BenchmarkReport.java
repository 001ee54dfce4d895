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
			if (f.queries.get(i).aggregate()) {
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
			double speedup = f.naive.get(i).medianMs() / t[0].medianMs();
			table.add(query.name(), ResultTable.ms(t[0].medianMs()), ResultTable.ms(t[0].p99Ms()),
					ResultTable.ms(t[1].medianMs()), ResultTable.ms(t[1].p99Ms()), ResultTable.ratio(ratio),
					ResultTable.ms(f.naive.get(i).medianMs()) + (query.aggregate() ? "" : " (raw SELECT)"),
					ResultTable.ratio(speedup) + "x", ResultTable.verdict(t[0].medianMs() < 5),
					ResultTable.verdict(ratio <= 1.5), !query.aggregate() ? "-" : tenMillion
							? ResultTable.verdict(speedup >= 100) : "n/a (" + ResultTable.ratio(speedup) + "x)");
		}
		section("Queries (client-side, over HTTP; %s events vs 10,000)", ResultTable.count(o.events()));
		this.report.append(table.markdown());

		ResultTable details = new ResultTable("detail", "value");
		details.add("traffic generation (not timed)", String.format("%.1f s", f.generatedSeconds));
		details.add("COPY baseline", String.format("%.1f s; table %s bytes/row", f.copySeconds,
				ResultTable.count(f.copyTableBytes / o.events())));
		details.add("ingest wall time", String.format("%.1f s for %,d batches", f.ingest.seconds(),
				(int) Math.ceil((double) o.events() / o.batchSize())));
		details.add("ingest request latency",
				String.format("median %s, p99 %s per batch of %,d",
						ResultTable.ms(f.ingest.batchLatencies().medianMs()),
						ResultTable.ms(f.ingest.batchLatencies().p99Ms()), o.batchSize()));
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
		details.add("GET /actuator/health (no database check)",
				String.format("%s req/s with %d clients; one client: median %s, p99 %s (the floor of any query)",
						ResultTable.count(f.livenessRate), o.clients(), ResultTable.ms(f.floor.medianMs()),
						ResultTable.ms(f.floor.p99Ms())));
		details.add("service alive, no OutOfMemoryError", Boolean.toString(f.survived));
		section("Details");
		this.report.append(details.markdown());
		if (f.ingestProfile != null) {
			section("Where the ingest goes (JFR, request threads of the service; %d clients)", o.clients());
			this.report.append(f.ingestProfile.markdown());
		}
		return this.report.toString();
	}

	private void section(String format, Object... args) {
		this.report.append("\n### ").append(String.format(format, args)).append("\n\n");
	}

	private void line(String format, Object... args) {
		this.report.append(String.format(format, args)).append("\n\n");
	}

}
