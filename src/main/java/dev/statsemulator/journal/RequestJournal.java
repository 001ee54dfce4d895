package dev.statsemulator.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.statsemulator.workspace.WorkspaceDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The request journal's facade: recorded vendor calls, a bounded ring per workspace plus
 * one for calls that matched no workspace. It lives in memory: a journal is for the test
 * that is running, not for history, and a restart starts it empty.
 */
@Service
public class RequestJournal {

	private final JournalProperties properties;

	private final Map<String, Deque<JournalEntry>> rings = new ConcurrentHashMap<>();

	private final Deque<JournalEntry> unmatched = new ArrayDeque<>();

	private final AtomicLong sequence = new AtomicLong();

	RequestJournal(JournalProperties properties) {
		this.properties = properties;
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	public int maxBodyBytes() {
		return this.properties.maxBodyBytes();
	}

	/** A number for the next entry. */
	public long nextSequence() {
		return this.sequence.incrementAndGet();
	}

	/** Records a call; a null workspace puts it among the unmatched calls. */
	public void record(JournalEntry entry) {
		if (!this.properties.enabled()) {
			return;
		}
		Deque<JournalEntry> ring = ringOf(entry.workspace());
		synchronized (ring) {
			ring.addLast(entry);
			while (ring.size() > this.properties.capacity()) {
				ring.removeFirst();
			}
		}
	}

	/**
	 * The workspace's calls (null: the unmatched ones) that pass the filter, oldest
	 * first, at most {@code limit} of the newest.
	 */
	public List<JournalEntry> list(String workspaceId, JournalFilter filter, int limit) {
		List<JournalEntry> matching = matching(workspaceId, filter);
		return (matching.size() > limit) ? List.copyOf(matching.subList(matching.size() - limit, matching.size()))
				: matching;
	}

	public int count(String workspaceId, JournalFilter filter) {
		return matching(workspaceId, filter).size();
	}

	/** Forgets the workspace's calls (null: the unmatched ones). */
	public void clear(String workspaceId) {
		Deque<JournalEntry> ring = ringOf(workspaceId);
		synchronized (ring) {
			ring.clear();
		}
	}

	/** Forgets every call. */
	public void clearAll() {
		this.rings.clear();
		synchronized (this.unmatched) {
			this.unmatched.clear();
		}
	}

	private List<JournalEntry> matching(String workspaceId, JournalFilter filter) {
		Deque<JournalEntry> ring = ringOf(workspaceId);
		List<JournalEntry> matching = new ArrayList<>();
		synchronized (ring) {
			for (JournalEntry entry : ring) {
				if (filter.accepts(entry)) {
					matching.add(entry);
				}
			}
		}
		return matching;
	}

	private Deque<JournalEntry> ringOf(String workspaceId) {
		return (workspaceId != null) ? this.rings.computeIfAbsent(workspaceId, (id) -> new ArrayDeque<>())
				: this.unmatched;
	}

	@EventListener
	void on(WorkspaceDeleted deleted) {
		this.rings.remove(deleted.workspaceId());
	}

}
