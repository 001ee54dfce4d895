package dev.statsemulator.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.statsemulator.answercache.AnswerCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists stored events, for the APIs that show events rather than counts (message logs,
 * link clicks, bounce lists). Counting stays with the aggregation service. Counts, link
 * clicks and pages read by offset come from the answer cache while the workspace is
 * unchanged; streamed pages are always read.
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

	private final AnswerCache answers;

	EventLog(EventLogRepository repository, PlatformTransactionManager transactions, AnswerCache answers) {
		this.repository = repository;
		this.answers = answers;
		// Read-only and repeatable read: PostgreSQL streams a result set only inside a
		// transaction, both statements of a page must see the same events, and the
		// listings' planner setting (see EventLogRepository#beginListing) lasts as long
		// as the transaction. On PostgreSQL the listing sets its isolation itself, in the
		// round trip that begins the transaction: set through JDBC it would cost a round
		// trip before the transaction and one after.
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		if (!repository.snapshotsItself()) {
			this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		}
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
				this.repository.beginListing();
				this.repository.stream(workspaceId, selection, after, limit + 1L, events::add);
				return (events.size() > limit) ? Optional.of(cursorAfter(workspaceId, selection, events.get(limit - 1)))
						: Optional.<EventCursor>empty();
			});
			reader.begin((next != null) ? next : Optional.empty());
			events.subList(0, Math.min(limit, events.size())).forEach(reader::event);
			return;
		}
		this.snapshot.executeWithoutResult((status) -> {
			this.repository.beginListing();
			List<long[]> boundary = this.repository.positionsAt(workspaceId, selection, after, limit - 1L);
			reader.begin((boundary.size() == 2)
					? Optional
						.of(this.repository.cursorAfter(workspaceId, selection, boundary.get(0)[0], boundary.get(0)[1]))
					: Optional.empty());
			this.repository.stream(workspaceId, selection, after, limit, reader::event);
		});
	}

	/** Receives one page of listed rows as they are read (see {@link #pageRows}). */
	public interface RowReader {

		/**
		 * Called once, before any row: where the next page starts, or empty when this
		 * page holds the last matching event.
		 */
		void begin(Optional<EventCursor> next);

		/**
		 * Called for each row of the page, in event order; the row is valid only during
		 * the call.
		 */
		void row(LogRow row);

	}

	/**
	 * As {@link #page}, as rows that a writer copies straight into its answer: only the
	 * columns of a {@link LogRow}, read by position, no event built per row. A long page
	 * streams, holding only a fetch batch in memory.
	 */
	public void pageRows(String workspaceId, EventSelection selection, EventCursor after, int limit, RowReader reader) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
		if (limit <= READ_AT_ONCE) {
			List<EventLogRepository.ResultSetRow> rows = new ArrayList<>(Math.min(limit + 1, 1024));
			Optional<EventCursor> next = this.snapshot.execute((status) -> {
				this.repository.beginListing();
				this.repository.streamRows(workspaceId, selection, after, limit + 1L,
						(row) -> rows.add(((EventLogRepository.ResultSetRow) row).copy()));
				if (rows.size() <= limit) {
					return Optional.<EventCursor>empty();
				}
				EventLogRepository.ResultSetRow last = rows.get(limit - 1);
				return Optional.of(this.repository.cursorAfter(workspaceId, selection, last.atMillis(), last.seq()));
			});
			reader.begin((next != null) ? next : Optional.empty());
			rows.subList(0, Math.min(limit, rows.size())).forEach(reader::row);
			return;
		}
		this.snapshot.executeWithoutResult((status) -> {
			this.repository.beginListing();
			List<long[]> boundary = this.repository.positionsAt(workspaceId, selection, after, limit - 1L);
			reader.begin((boundary.size() == 2)
					? Optional
						.of(this.repository.cursorAfter(workspaceId, selection, boundary.get(0)[0], boundary.get(0)[1]))
					: Optional.empty());
			this.repository.streamRows(workspaceId, selection, after, limit, reader::row);
		});
	}

	private EventCursor cursorAfter(String workspaceId, EventSelection selection, LoggedEvent last) {
		return this.repository.cursorAfter(workspaceId, selection, last.event().at().toEpochMilli(), last.seq());
	}

	/** A page of matching events, by offset, in event order (for small pages). */
	public List<LoggedEvent> list(String workspaceId, EventSelection selection, long offset, int limit) {
		return this.answers.get(workspaceId, new PageKey(selection, offset, limit), () -> {
			List<LoggedEvent> page = this.snapshot.execute((status) -> {
				this.repository.beginListing();
				return this.repository.page(workspaceId, selection, offset, limit);
			});
			return (page != null) ? List.copyOf(page) : List.<LoggedEvent>of();
		}, (page) -> 32 + page.size() * 640);
	}

	public long count(String workspaceId, EventSelection selection) {
		return this.answers.get(workspaceId, new CountKey(selection),
				() -> this.repository.count(workspaceId, selection));
	}

	/**
	 * Clicks per (message, exact link) among the matching events that carry a link: from
	 * the link click buckets when they can answer the selection (a selection of clicks by
	 * application, campaign, message, template, channel, link and whole UTC days), else
	 * from the events.
	 */
	public List<LinkClicks> linkClicks(String workspaceId, EventSelection selection) {
		return this.answers.get(workspaceId, new LinkClicksKey(selection),
				() -> List.copyOf(this.repository.linkClicksFromBuckets(workspaceId, selection.withLinkOnly())
					.orElseGet(() -> this.repository.linkClicks(workspaceId, selection))),
				(clicks) -> 32 + clicks.stream()
					.mapToInt((row) -> 96 + 2 * ((row.link() != null) ? row.link().length() : 0))
					.sum());
	}

	/**
	 * Clicks per (message template, exact link) among the matching events that carry a
	 * link, summed over the messages (each {@link LinkClicks#message()} null; the
	 * template null for clicks of messages without one): what {@link #linkClicks} gives,
	 * grouped by template and link, in fewer rows. From the link click buckets where they
	 * can answer, else from the events.
	 */
	public List<LinkClicks> templateLinkClicks(String workspaceId, EventSelection selection) {
		return this.answers.get(workspaceId, new TemplateLinkClicksKey(selection),
				() -> List.copyOf(this.repository.linkClicksFromBuckets(workspaceId, selection.withLinkOnly(), false)
					.orElseGet(() -> this.repository.templateLinkClicks(workspaceId, selection))),
				(clicks) -> 32 + clicks.stream()
					.mapToInt((row) -> 96 + 2 * ((row.link() != null) ? row.link().length() : 0))
					.sum());
	}

	/** The key of cached link clicks per template. */
	private record TemplateLinkClicksKey(EventSelection selection) {
	}

	/** The key of a cached page. */
	private record PageKey(EventSelection selection, long offset, int limit) {
	}

	/** The key of a cached count. */
	private record CountKey(EventSelection selection) {
	}

	/** The key of cached link clicks. */
	private record LinkClicksKey(EventSelection selection) {
	}

}
