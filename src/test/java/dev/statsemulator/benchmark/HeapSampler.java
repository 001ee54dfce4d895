package dev.statsemulator.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Samples the service's heap from outside, with {@code jstat -gc <pid> 100}: ten samples
 * a second, read from the JVM's performance counters (no agent, no safepoint in the
 * service). Used heap = survivors + eden + old generation; retained = survivors + old
 * generation, what is left of the heap apart from fresh garbage.
 */
final class HeapSampler implements AutoCloseable {

	/** One sample, in KiB. */
	record Sample(long nanos, double usedKib, double retainedKib, double committedKib) {
	}

	/** The peaks of a window of time, in MiB. */
	record Peak(double usedMib, double retainedMib, double committedMib, int samples) {
	}

	private final Process jstat;

	private final List<Sample> samples = new ArrayList<>();

	private final Thread reader;

	private HeapSampler(Process jstat) {
		this.jstat = jstat;
		this.reader = new Thread(this::read, "heap-sampler");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static HeapSampler start(long pid) {
		String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
		try {
			Process process = new ProcessBuilder(jstat, "-gc", Long.toString(pid), "100").redirectErrorStream(true)
				.start();
			return new HeapSampler(process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("jstat (of the JDK) is needed for the memory figures", ex);
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.jstat.getInputStream(), StandardCharsets.US_ASCII))) {
			List<String> header = null;
			String line;
			while ((line = lines.readLine()) != null) {
				String[] fields = line.trim().split("\\s+");
				if (fields.length > 0 && fields[0].equals("S0C")) {
					header = Arrays.asList(fields);
					continue;
				}
				if (header == null || fields.length != header.size()) {
					continue;
				}
				try {
					double survivors = value(header, fields, "S0U") + value(header, fields, "S1U");
					double old = value(header, fields, "OU");
					double used = survivors + value(header, fields, "EU") + old;
					double committed = value(header, fields, "S0C") + value(header, fields, "S1C")
							+ value(header, fields, "EC") + value(header, fields, "OC");
					synchronized (this.samples) {
						this.samples.add(new Sample(System.nanoTime(), used, survivors + old, committed));
					}
				}
				catch (NumberFormatException ex) {
					// a line that is not a sample
				}
			}
		}
		catch (IOException ex) {
			// jstat ended with the service
		}
	}

	private static double value(List<String> header, String[] fields, String column) {
		return Double.parseDouble(fields[header.indexOf(column)]);
	}

	/** The peaks between two {@link System#nanoTime()} readings. */
	Peak peak(long fromNanos, long toNanos) {
		double used = 0;
		double retained = 0;
		double committed = 0;
		int count = 0;
		synchronized (this.samples) {
			for (Sample sample : this.samples) {
				if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
					used = Math.max(used, sample.usedKib());
					retained = Math.max(retained, sample.retainedKib());
					committed = Math.max(committed, sample.committedKib());
					count++;
				}
			}
		}
		return new Peak(used / 1024, retained / 1024, committed / 1024, count);
	}

	@Override
	public void close() {
		this.jstat.destroy();
	}

}
