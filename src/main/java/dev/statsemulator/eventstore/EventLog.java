package dev.statsemulator.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists stored events, for the APIs that show events rather than counts (message logs,
 * link clicks, bounce lists). Counting stays with the aggregation service.
 */
@Service
public class EventLog {

	/**
	 * Pages up to this many events are read in one statement and held; longer ones stream
	 * (two statements in one snapshot, memory independent of the page's length).
	 */
	static final int READ_AT_ONCE = 5_000;

	private final EventLogRepository repository;

	private final TransactionTemplate snapshot;

	EventLog(EventLogRepository repository, PlatformTransactionManager transactions) {
		this.repository = repository;
		// Read-only and repeatable read: PostgreSQL streams a result set only inside a
		// transaction, both statements of a page must see the same events, and the
		// listings' planner setting (see EventLogRepository#steerToIndexes) lasts as long
		// as the transaction.
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Receives one page of events as it is read. */
	public interface PageReader {

		/**
		 * Called once, before any event: where the next page starts, or empty when this
		 * page holds the last matching event.
		 */
		void begin(Optional<EventCursor> next);

		/** Called for each event of the page, in event order. */
		void event(LoggedEvent event);

	}

	/**
	 * Passes up to {@code limit} matching events after {@code after} (null: from the
	 * first) in event order to the reader, which learns first whether more events follow.
	 * A long page streams, holding only a fetch batch in memory.
	 */
	public void page(String workspaceId, EventSelection selection, EventCursor after, int limit, PageReader reader) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
		if (limit <= READ_AT_ONCE) {
			// The page and the event after it, which tells whether more follow, read at
			// once.
			List<LoggedEvent> events = new ArrayList<>(Math.min(limit + 1, 1024));
			Optional<EventCursor> next = this.snapshot.execute((status) -> {
				this.repository.steerToIndexes();
				this.repository.stream(workspaceId, selection, after, limit + 1L, events::add);
				return (events.size() > limit) ? Optional.of(cursorAfter(workspaceId, selection, events.get(limit - 1)))
						: Optional.<EventCursor>empty();
			});
			reader.begin((next != null) ? next : Optional.empty());
			events.subList(0, Math.min(limit, events.size())).forEach(reader::event);
			return;
		}
		this.snapshot.executeWithoutResult((status) -> {
			this.repository.steerToIndexes();
			List<long[]> boundary = this.repository.positionsAt(workspaceId, selection, after, limit - 1L);
			reader.begin((boundary.size() == 2)
					? Optional
						.of(this.repository.cursorAfter(workspaceId, selection, boundary.get(0)[0], boundary.get(0)[1]))
					: Optional.empty());
			this.repository.stream(workspaceId, selection, after, limit, reader::event);
		});
	}

	private EventCursor cursorAfter(String workspaceId, EventSelection selection, LoggedEvent last) {
		return this.repository.cursorAfter(workspaceId, selection, last.event().at().toEpochMilli(), last.seq());
	}

	/** A page of matching events, by offset, in event order (for small pages). */
	public List<LoggedEvent> list(String workspaceId, EventSelection selection, long offset, int limit) {
		return this.snapshot.execute((status) -> {
			this.repository.steerToIndexes();
			return this.repository.page(workspaceId, selection, offset, limit);
		});
	}

	public long count(String workspaceId, EventSelection selection) {
		return this.repository.count(workspaceId, selection);
	}

	/** Clicks per (message, exact link) among the matching events that carry a link. */
	public List<LinkClicks> linkClicks(String workspaceId, EventSelection selection) {
		return this.repository.linkClicks(workspaceId, selection);
	}

}
