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

	double livenessRate;

	long streamRows;

	long streamBytes;

	double streamSeconds;

	HeapSampler.Peak streamHeap;

	boolean survived;

}
