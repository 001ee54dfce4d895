package dev.statsemulator.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace's events written once, before anything is timed: NDJSON cut into batches
 * for the control API, and the same rows as COPY text for the raw baseline. Both are read
 * back from the page cache while timed, so neither side pays for generating them.
 */
final class EventFiles {

	private final Path ndjson;

	private final Path copy;

	private final long[] batchOffsets;

	private final long events;

	private EventFiles(Path ndjson, Path copy, long[] batchOffsets, long events) {
		this.ndjson = ndjson;
		this.copy = copy;
		this.batchOffsets = batchOffsets;
		this.events = events;
	}

	static EventFiles write(TrafficModel model, String workspaceId, int batchSize, Path dir) {
		Path ndjson = dir.resolve(workspaceId + ".ndjson");
		Path copy = dir.resolve(workspaceId + ".copy");
		List<Long> offsets = new ArrayList<>();
		offsets.add(0L);
		long[] written = { 0, 0 };
		try (OutputStream json = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 20);
				OutputStream rows = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 20)) {
			StringBuilder line = new StringBuilder(512);
			StringBuilder row = new StringBuilder(512);
			model.forEachDay(workspaceId + "-", (events) -> {
				try {
					for (BenchEvent event : events) {
						line.setLength(0);
						event.appendJson(line);
						String text = line.toString();
						byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
						json.write(bytes);
						written[0] += bytes.length;
						written[1]++;
						if (written[1] % batchSize == 0) {
							offsets.add(written[0]);
						}
						row.setLength(0);
						event.appendCopy(row, workspaceId, text);
						rows.write(row.toString().getBytes(StandardCharsets.UTF_8));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (offsets.get(offsets.size() - 1) != written[0]) {
			offsets.add(written[0]);
		}
		return new EventFiles(ndjson, copy, offsets.stream().mapToLong(Long::longValue).toArray(), written[1]);
	}

	long events() {
		return this.events;
	}

	int batches() {
		return this.batchOffsets.length - 1;
	}

	long ndjsonBytes() {
		return this.batchOffsets[this.batchOffsets.length - 1];
	}

	/** Batch {@code index}: whole NDJSON lines, as sent in one request. */
	byte[] batch(int index) {
		long from = this.batchOffsets[index];
		int length = Math.toIntExact(this.batchOffsets[index + 1] - from);
		ByteBuffer buffer = ByteBuffer.allocate(length);
		try (FileChannel channel = FileChannel.open(this.ndjson, StandardOpenOption.READ)) {
			while (buffer.hasRemaining()) {
				if (channel.read(buffer, from + buffer.position()) < 0) {
					throw new IOException("unexpected end of " + this.ndjson);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return buffer.array();
	}

	InputStream copyRows() throws IOException {
		return Files.newInputStream(this.copy);
	}

	void delete() {
		try {
			Files.deleteIfExists(this.ndjson);
			Files.deleteIfExists(this.copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
