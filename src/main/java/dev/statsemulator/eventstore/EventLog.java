package dev.statsemulator.eventstore;

import java.time.Instant;
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

	private final EventLogRepository repository;

	private final TransactionTemplate snapshot;

	EventLog(EventLogRepository repository, PlatformTransactionManager transactions) {
		this.repository = repository;
		// Read-only and repeatable read: PostgreSQL streams a result set only inside a
		// transaction, and both statements of a page must see the same events.
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
	 * Streams up to {@code limit} matching events after {@code after} (null: from the
	 * first) in event order, holding only a fetch batch in memory. The reader learns
	 * first whether more events follow.
	 */
	public void page(String workspaceId, EventSelection selection, EventCursor after, int limit, PageReader reader) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
		this.snapshot.executeWithoutResult((status) -> {
			List<EventCursor> boundary = this.repository.cursorsAt(workspaceId, selection, after, limit - 1L);
			reader.begin((boundary.size() == 2) ? Optional.of(boundary.get(0)) : Optional.empty());
			this.repository.stream(workspaceId, selection, after, limit, reader::event);
		});
	}

	/** A page of matching events, by offset, in event order (for small pages). */
	public List<LoggedEvent> list(String workspaceId, EventSelection selection, long offset, int limit) {
		return this.repository.page(workspaceId, selection, offset, limit);
	}

	public long count(String workspaceId, EventSelection selection) {
		return this.repository.count(workspaceId, selection);
	}

	/** Clicks per (message, exact link) among the matching events that carry a link. */
	public List<LinkClicks> linkClicks(String workspaceId, EventSelection selection) {
		return this.repository.linkClicks(workspaceId, selection);
	}

	/** When a message's first and last events happened, or empty when it has none. */
	public Optional<Span> span(String workspaceId, String message) {
		return this.repository.span(workspaceId, message)
			.map((span) -> new Span(Instant.ofEpochMilli(span[0]), Instant.ofEpochMilli(span[1])));
	}

	/**
	 * The times of a message's first and last events.
	 *
	 * @param first the earliest event's time
	 * @param last the latest event's time
	 */
	public record Span(Instant first, Instant last) {
	}

}
