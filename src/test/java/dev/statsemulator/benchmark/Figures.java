package dev.statsemulator.benchmark;

import java.util.List;

import dev.statsemulator.benchmark.QueryCatalogue.Query;

/** Everything one benchmark run measured, filled in as it goes, for the report. */
final class Figures {

	String loadBefore;

	String loadAfter;

	String postgresVersion;

	double generatedSeconds;

	double copySeconds;

	double copyRate;

	double copyTableBytes;

	LoadRunner.IngestResult ingest;

	double ingestRate;

	HeapSampler.Peak ingestHeap;

	/** The JFR table, when profiled. */
	ResultTable ingestProfile;

	String plannerStatistics;

	double vacuumSeconds;

	long eventTableBytes;

	long derivedTableBytes;

	long bucketRows;

	List<Query> queries;

	/** Per query: the large workspace's latencies, then the small one's. */
	List<Latencies[]> timings;

	List<Latencies> naive;

	/** One client, GET /actuator/health. */
	Latencies floor;

	double healthRate;

	double vendorRate;

	long streamRows;

	long streamBytes;

	double streamSeconds;

	HeapSampler.Peak streamHeap;

	boolean survived;

	/** Per query: rows listed in the large and the small workspace's answer. */
	List<long[]> rows;

	/** The indexed COPY baseline: seconds and rows/s. */
	double indexedCopySeconds;

	double indexedCopyRate;

	String loadGenerator;

	/** Start-up of each kind of process; see {@link StartupTrials}. */
	List<StartupTrials.Launch> startups = List.of();

	String cdsNote;

	/** The benchmark's own service: start (fresh database, migrations) and RSS. */
	double serviceStartSeconds;

	double serviceRssStart;

	double serviceRssIngest;

	double serviceRssLoad;

	double serviceRssEnd;

	double wiremockStartSeconds;

	double wiremockRssStart;

	double wiremockRssEnd;

	/** The demo's start on each database. */
	List<DemoRun> demos = List.of();

	/** The load matrix on PostgreSQL and on H2 (empty when not run). */
	List<LoadMatrix.Row> loadPostgres = List.of();

	List<LoadMatrix.Row> loadH2 = List.of();

	/** The large page: time to the first byte, and WireMock serving the same bytes. */
	double streamFirstByteSeconds;

	double wiremockStreamSeconds;

	double wiremockFirstByteSeconds;

	long wiremockStreamBytes;

	/** The H2 service: the small workspace's ingest, and its RSS after the load. */
	double h2IngestSeconds;

	double h2Rss;

	/** What could not be measured, and why. */
	List<String> notes = new java.util.ArrayList<>();

	/**
	 * The demo's start: from launch to the first 200 of the health check (the demo
	 * ready), what its log says of the generation, and the RSS then.
	 */
	record DemoRun(String database, double readySeconds, long events, double generationSeconds, double eventsPerSecond,
			double cpuSeconds, double rssMib) {
	}

}
