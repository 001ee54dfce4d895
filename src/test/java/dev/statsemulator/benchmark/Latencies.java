package dev.statsemulator.benchmark;

import java.util.Arrays;

/**
 * Median and 99th percentile (nearest rank) of timed runs, in milliseconds.
 *
 * @param medianMs the median
 * @param p99Ms the 99th percentile
 * @param runs how many runs
 */
record Latencies(double medianMs, double p99Ms, int runs) {

	static Latencies of(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
		long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * n) - 1)];
		return new Latencies(median / 1e6, p99 / 1e6, n);
	}

}
