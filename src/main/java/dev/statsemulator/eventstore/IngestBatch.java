package dev.statsemulator.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch as the store sees it before touching the database: the first event of each id
 * (and every event without one), the repeats of an id with the same content, and the
 * repeats with other content, which are conflicts.
 */
record IngestBatch(int size, List<Event> firstOfEachId, int duplicatesInBatch, List<BatchError> conflicts,
		Map<String, Integer> indexById) {

	static IngestBatch of(List<Event> batch) {
		Map<String, Integer> indexById = new HashMap<>();
		List<BatchError> conflicts = new ArrayList<>();
		List<Event> firsts = new ArrayList<>(batch.size());
		int duplicates = 0;
		for (int i = 0; i < batch.size(); i++) {
			Event event = batch.get(i);
			if (event.id() == null) {
				firsts.add(event);
				continue;
			}
			Integer earlier = indexById.putIfAbsent(event.id(), i);
			if (earlier == null) {
				firsts.add(event);
			}
			else if (batch.get(earlier).contentHash().equals(event.contentHash())) {
				duplicates++;
			}
			else {
				conflicts.add(new BatchError(i, "id",
						"id '" + event.id() + "' is used by event " + earlier + " of this batch with other content"));
			}
		}
		return new IngestBatch(batch.size(), firsts, duplicates, conflicts, indexById);
	}

	/** The index in the batch of the first event with this id. */
	int indexOf(String id) {
		return this.indexById.get(id);
	}

}
