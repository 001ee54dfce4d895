package dev.statsemulator.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Lists stored events in the workspace's event order (time, then sequence), using the
 * {@code event_time} index {@code (workspace_id, at_ms, seq)} with a keyset condition, so
 * a page costs the rows it returns, never an offset scan of the pages before it. Rows are
 * fetched in batches, so a caller that consumes them one by one holds one batch at a time
 * (PostgreSQL only streams inside a transaction: see {@link EventLog}).
 */
@Repository
class EventLogRepository {

	/** Rows per round trip while streaming. */
	static final int FETCH_SIZE = 500;

	/**
	 * The event's columns and its message's catalogue number, campaign and application.
	 */
	private static final String COLUMNS = "e.seq, e.client_id, e.type, e.at_ms, e.channel, e.platform, e.message, "
			+ "e.campaign, e.application, e.contact, e.user_id, e.link, e.bounce, e.reason, e.handled, e.name, "
			+ "e.revenue, e.currency, e.room_id, e.room_name, e.room_type, e.status, m.number AS message_number, "
			+ "m.campaign AS message_campaign, m.application AS message_application";

	/**
	 * What a listing copies straight into an answer ({@link LogRow}), by position: time,
	 * type, message, campaign, application, message number, contact, user, platform, and
	 * what a detail needs (bounce, handled, name, room type, status), then the sequence.
	 */
	private static final String ROW_COLUMNS = "e.at_ms, e.type, e.message, COALESCE(e.campaign, m.campaign), "
			+ "COALESCE(e.application, m.application), m.number, e.contact, e.user_id, e.platform, e.bounce, e.handled, "
			+ "e.name, e.room_type, e.status, e.seq";

	/**
	 * Events with their message's catalogue entry: selections read the message's
	 * application and campaign where the event has none.
	 */
	private static final String FROM = " FROM event e LEFT JOIN message m ON m.workspace_id = e.workspace_id "
			+ "AND m.id = e.message WHERE ";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	/**
	 * Whether the database is a Citus coordinator: looked up once, at the first listing.
	 */
	private volatile @Nullable Boolean citus;

	EventLogRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
	}

	/**
	 * Whether listings take their snapshot themselves ({@link #beginListing}), in the
	 * round trip that starts the transaction: PostgreSQL. Elsewhere the transaction is
	 * begun as repeatable read.
	 */
	boolean snapshotsItself() {
		return this.postgres;
	}

	/**
	 * Begins the current transaction as a listing's, on PostgreSQL in one round trip
	 * (with the transaction's BEGIN): one snapshot for all its statements (repeatable
	 * read), and steered to the workspace's indexes, no sequential scan of the event
	 * table. A workspace is a slice of a table that holds every workspace, so reading it
	 * through its indexes is right whatever the planner's statistics say; and a listing
	 * in event order with a filter whose selectivity the planner cannot estimate (a
	 * campaign through the message's catalogue entry) was planned as a scan and sort of
	 * all the workspace's events, 10 times slower than the ordered index scan that stops
	 * at the page's last row. On Citus the setting is sent along to the worker that runs
	 * the statement. Must be the transaction's first statement ({@code SET LOCAL} ends
	 * with it); does nothing on H2.
	 */
	void beginListing() {
		if (!this.postgres) {
			return;
		}
		String snapshot = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
		Boolean onCitus = this.citus;
		if (onCitus == null) {
			// Once: the look-up is a query, which must come after the snapshot's setting.
			this.jdbc.execute(snapshot);
			onCitus = SqlDialect.citus(this.jdbc);
			this.citus = onCitus;
			this.jdbc.execute(steering(onCitus));
			return;
		}
		this.jdbc.execute(snapshot + "; " + steering(onCitus));
	}

	private static String steering(boolean citus) {
		return (citus ? "SET LOCAL citus.propagate_set_commands = 'local'; " : "") + "SET LOCAL enable_seqscan = off";
	}

	/**
	 * The time and sequence of the {@code offset}-th and following matching events after
	 * {@code after} (at most two), in event order.
	 */
	List<long[]> positionsAt(String workspaceId, EventSelection selection, EventCursor after, long offset) {
		Where where = Where.of(workspaceId, selection, after);
		List<Object> args = new ArrayList<>(where.args);
		args.add(skipped(after) + offset);
		return this.jdbc.query("SELECT e.at_ms, e.seq" + FROM + where.sql + " ORDER BY e.at_ms, e.seq LIMIT 2 OFFSET ?",
				(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, args.toArray());
	}

	/**
	 * The cursor after the matching event at {@code atMillis} with sequence {@code seq}:
	 * how many matching events of that millisecond come up to it.
	 */
	EventCursor cursorAfter(String workspaceId, EventSelection selection, long atMillis, long seq) {
		Where where = Where.of(workspaceId, selection, null);
		List<Object> args = new ArrayList<>(where.args);
		args.add(atMillis);
		args.add(seq);
		Long rank = this.jdbc.queryForObject("SELECT COUNT(*)" + FROM + where.sql + " AND e.at_ms = ? AND e.seq <= ?",
				Long.class, args.toArray());
		return new EventCursor(atMillis, (rank != null) ? rank : 0);
	}

	/**
	 * Streams the first {@code limit} matching events after {@code after}, in event
	 * order, to {@code consumer}, one row at a time.
	 */
	void stream(String workspaceId, EventSelection selection, EventCursor after, long limit,
			Consumer<LoggedEvent> consumer) {
		Where where = Where.of(workspaceId, selection, after);
		List<Object> args = new ArrayList<>(where.args);
		args.add(limit);
		args.add(skipped(after));
		this.jdbc.query("SELECT " + COLUMNS + FROM + where.sql + " ORDER BY e.at_ms, e.seq LIMIT ? OFFSET ?",
				(ResultSet rs) -> {
					consumer.accept(toLoggedEvent(rs));
				}, args.toArray());
	}

	/**
	 * As {@link #stream}, as rows: the columns an answer copies, read by position, handed
	 * over as one view of the current row.
	 */
	void streamRows(String workspaceId, EventSelection selection, EventCursor after, long limit,
			Consumer<LogRow> consumer) {
		Where where = Where.of(workspaceId, selection, after);
		List<Object> args = new ArrayList<>(where.args);
		args.add(limit);
		args.add(skipped(after));
		this.jdbc.query("SELECT " + ROW_COLUMNS + FROM + where.sql + " ORDER BY e.at_ms, e.seq LIMIT ? OFFSET ?",
				new RowCallbackHandler() {

					private ResultSetRow row;

					@Override
					public void processRow(ResultSet rs) throws SQLException {
						if (this.row == null) {
							this.row = new ResultSetRow(rs);
						}
						this.row.read();
						consumer.accept(this.row);
					}

				}, args.toArray());
	}

	/** The current row of a result set of {@link #ROW_COLUMNS}. */
	static final class ResultSetRow implements LogRow {

		private final ResultSet rs;

		private long atMillis;

		private EventType type;

		private String message;

		private String campaign;

		private String application;

		private long messageNumber;

		private String contact;

		private String user;

		private String platform;

		private String detail;

		private long seq;

		ResultSetRow(ResultSet rs) {
			this.rs = rs;
		}

		void read() throws SQLException {
			this.atMillis = this.rs.getLong(1);
			this.type = EventType.fromCode(this.rs.getString(2)).orElseThrow();
			this.message = this.rs.getString(3);
			this.campaign = this.rs.getString(4);
			this.application = this.rs.getString(5);
			this.messageNumber = this.rs.getLong(6);
			this.contact = this.rs.getString(7);
			this.user = this.rs.getString(8);
			String platformCode = this.rs.getString(9);
			this.platform = (platformCode != null) ? platformCode : "";
			this.detail = switch (this.type) {
				case BOUNCED -> BounceType.fromCode(this.rs.getString(10)).orElseThrow().code();
				case COMPLAINED -> this.rs.getBoolean(11) ? "handled" : "unhandled";
				case CONVERSION -> text(this.rs.getString(12));
				case CHAT_MESSAGE -> text(this.rs.getString(13));
				case SENT -> (this.rs.getString(14) != null) ? this.rs.getString(14) : "success";
				default -> "";
			};
			this.seq = this.rs.getLong(15);
		}

		private static String text(String value) {
			return (value != null) ? value : "";
		}

		/** A copy that stays valid after the cursor moves on. */
		ResultSetRow copy() {
			ResultSetRow copy = new ResultSetRow(null);
			copy.atMillis = this.atMillis;
			copy.type = this.type;
			copy.message = this.message;
			copy.campaign = this.campaign;
			copy.application = this.application;
			copy.messageNumber = this.messageNumber;
			copy.contact = this.contact;
			copy.user = this.user;
			copy.platform = this.platform;
			copy.detail = this.detail;
			copy.seq = this.seq;
			return copy;
		}

		long seq() {
			return this.seq;
		}

		@Override
		public long atMillis() {
			return this.atMillis;
		}

		@Override
		public EventType type() {
			return this.type;
		}

		@Override
		public String message() {
			return this.message;
		}

		@Override
		public String campaign() {
			return this.campaign;
		}

		@Override
		public String application() {
			return this.application;
		}

		@Override
		public long messageNumber() {
			return this.messageNumber;
		}

		@Override
		public String contact() {
			return this.contact;
		}

		@Override
		public String user() {
			return this.user;
		}

		@Override
		public String platform() {
			return this.platform;
		}

		@Override
		public String detail() {
			return this.detail;
		}

	}

	/**
	 * The events at the cursor's millisecond already listed: the first ones of the rows
	 * from that millisecond on.
	 */
	private static long skipped(EventCursor after) {
		return (after != null) ? after.rank() : 0;
	}

	/** One page of matching events, in event order. */
	List<LoggedEvent> page(String workspaceId, EventSelection selection, long offset, int limit) {
		Where where = Where.of(workspaceId, selection, null);
		List<Object> args = new ArrayList<>(where.args);
		args.add(limit);
		args.add(offset);
		return this.jdbc.query("SELECT " + COLUMNS + FROM + where.sql + " ORDER BY e.at_ms, e.seq LIMIT ? OFFSET ?",
				(rs, row) -> toLoggedEvent(rs), args.toArray());
	}

	long count(String workspaceId, EventSelection selection) {
		Where where = Where.of(workspaceId, selection, null);
		Long count = this.jdbc.queryForObject("SELECT COUNT(*)" + FROM + where.sql, Long.class, where.args.toArray());
		return (count != null) ? count : 0;
	}

	/**
	 * Click counts per (message, exact link) of the matching events, with the message's
	 * catalogue template.
	 */
	List<LinkClicks> linkClicks(String workspaceId, EventSelection selection) {
		Where where = Where.of(workspaceId, selection.withLinkOnly(), null);
		return this.jdbc.query(
				"SELECT e.message, e.link, COUNT(*), m.template" + FROM + where.sql
						+ " GROUP BY e.message, e.link, m.template ORDER BY e.message, e.link",
				(rs, row) -> new LinkClicks(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
				where.args.toArray());
	}

	/**
	 * Click counts per (message template, exact link) of the matching events (message
	 * null).
	 */
	List<LinkClicks> templateLinkClicks(String workspaceId, EventSelection selection) {
		Where where = Where.of(workspaceId, selection.withLinkOnly(), null);
		return this.jdbc.query(
				"SELECT e.link, COUNT(*), m.template" + FROM + where.sql + " GROUP BY e.link, m.template",
				(rs, row) -> new LinkClicks(null, rs.getString(1), rs.getLong(2), rs.getString(3)),
				where.args.toArray());
	}

	/**
	 * As {@link #linkClicks}, from the link click buckets ({@code link_click_bucket},
	 * written at ingest by {@link BucketStore}): rows per (message, link, day), or per
	 * (message, link) for all time, never the clicks. Empty when the buckets cannot
	 * answer the selection: a condition they do not keep (contacts, user, platforms), or
	 * a time range whose ends are not UTC midnights.
	 */
	Optional<List<LinkClicks>> linkClicksFromBuckets(String workspaceId, EventSelection selection) {
		return linkClicksFromBuckets(workspaceId, selection, true);
	}

	/**
	 * As {@link #linkClicksFromBuckets(String, EventSelection)}; with {@code perMessage}
	 * false, summed per (message template, link) instead: one row per link and template
	 * (message null), however many messages use them.
	 */
	Optional<List<LinkClicks>> linkClicksFromBuckets(String workspaceId, EventSelection selection, boolean perMessage) {
		if (!selection.types().equals(Set.of(EventType.CLICKED)) || selection.contacts() != null
				|| selection.user() != null || selection.platforms() != null || !dayAligned(selection.fromMillis())
				|| !dayAligned(selection.toMillis())) {
			return Optional.empty();
		}
		StringBuilder sql = new StringBuilder("b.workspace_id = ?");
		List<Object> args = new ArrayList<>();
		args.add(workspaceId);
		boolean allTime = selection.fromMillis() == null && selection.toMillis() == null;
		sql.append(" AND b.granularity = ?");
		args.add(allTime ? BucketDeltas.LINK_ALL_TIME : BucketDeltas.LINK_DAY);
		if (selection.matchesNothing()) {
			return Optional.of(List.of());
		}
		if (selection.fromMillis() != null) {
			sql.append(" AND b.bucket_start >= ?");
			args.add(selection.fromMillis());
		}
		if (selection.toMillis() != null) {
			sql.append(" AND b.bucket_start < ?");
			args.add(selection.toMillis());
		}
		// The click's own application and campaign, else its message's ('': none).
		Where.in(sql, args, "COALESCE(NULLIF(b.application, ''), m.application)", selection.applications());
		Where.in(sql, args, "b.message_key", selection.messages());
		if (selection.campaign() != null) {
			sql.append(" AND COALESCE(NULLIF(b.campaign, ''), m.campaign) = ?");
			args.add(selection.campaign());
		}
		Where.in(sql, args, "m.number", selection.messageNumbers());
		if (selection.messageTemplate() != null) {
			sql.append(" AND m.template = ?");
			args.add(selection.messageTemplate());
		}
		if (selection.channels() != null) {
			Where.in(sql, args, "b.channel", selection.channels().stream().map(Channel::code).sorted().toList());
		}
		if (selection.linkTemplate() != null) {
			Where.linkTemplate(sql, args, "b.link", selection.linkTemplate());
		}
		String message = perMessage ? "b.message_key" : "''";
		List<LinkClicks> rows = this.jdbc.query(
				"SELECT " + message + ", b.link, SUM(b.click_count), m.template "
						+ "FROM link_click_bucket b LEFT JOIN message m ON m.workspace_id = b.workspace_id "
						+ "AND m.id = b.message_key WHERE " + sql + " GROUP BY " + (perMessage ? message + ", " : "")
						+ "b.link, m.template",
				(rs, row) -> new LinkClicks(rs.getString(1).isEmpty() ? null : rs.getString(1), rs.getString(2),
						rs.getLong(3), rs.getString(4)),
				args.toArray());
		// By message (none last), link and template.
		List<LinkClicks> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparing(LinkClicks::message, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(LinkClicks::link)
			.thenComparing(LinkClicks::messageTemplate, Comparator.nullsLast(Comparator.naturalOrder())));
		return Optional.of(ordered);
	}

	private static boolean dayAligned(Long millis) {
		return millis == null || Math.floorMod(millis, BucketDeltas.DAY_MILLIS) == 0;
	}

	private static LoggedEvent toLoggedEvent(ResultSet rs) throws java.sql.SQLException {
		long number = rs.getLong("message_number");
		Long messageNumber = rs.wasNull() ? null : number;
		return new LoggedEvent(rs.getLong("seq"), EventRepository.toEvent(rs), messageNumber,
				rs.getString("message_campaign"), rs.getString("message_application"));
	}

	/** A WHERE clause (without the keyword) and its arguments. */
	record Where(String sql, List<Object> args) {

		static Where of(String workspaceId, EventSelection selection, EventCursor after) {
			StringBuilder sql = new StringBuilder("e.workspace_id = ?");
			List<Object> args = new ArrayList<>();
			args.add(workspaceId);
			if (selection.matchesNothing()) {
				sql.append(" AND 1 = 0");
				return new Where(sql.toString(), args);
			}
			// The types as literals (codes of an enum, never input): the planner proves
			// from them that a partial index on some types holds the events (bounces
			// and complaints, event_bounce_time), whatever plan it caches.
			sql.append(" AND e.type IN (")
				.append(String.join(", ",
						selection.types().stream().map((type) -> "'" + type.code() + "'").sorted().toList()))
				.append(")");
			// An event without an application or campaign has its message's. Each
			// condition on the catalogue is a look-up of the matching messages (a hashed
			// set, read once), not a condition on the joined row: the planner then
			// estimates how many events match, and reads a page through the time index
			// until it is full, joining the catalogue to the page's rows only (with
			// COALESCE(e.application, m.application) it guessed a handful of rows, and
			// planned a sort of the workspace's events, or an index scan that joined
			// every event it read, at a cost that also paid for compiling the query).
			if (selection.applications() != null) {
				List<String> applications = selection.applications().stream().sorted().toList();
				sql.append(" AND (e.application IN (").append(placeholders(applications.size())).append(")");
				args.addAll(applications);
				sql.append(" OR (e.application IS NULL AND ");
				messagesWith(sql, args, workspaceId, "application", applications);
				sql.append("))");
			}
			in(sql, args, "e.message", selection.messages());
			if (selection.campaign() != null) {
				sql.append(" AND (e.campaign = ?");
				args.add(selection.campaign());
				sql.append(" OR (e.campaign IS NULL AND ");
				messagesWith(sql, args, workspaceId, "campaign", List.of(selection.campaign()));
				sql.append("))");
			}
			if (selection.messageNumbers() != null || selection.messageTemplate() != null) {
				// Implied by the look-up; said, so the planner can use the index of
				// events with a message.
				sql.append(" AND e.message IS NOT NULL");
			}
			if (selection.messageNumbers() != null) {
				sql.append(" AND ");
				messagesWith(sql, args, workspaceId, "number", selection.messageNumbers().stream().sorted().toList());
			}
			if (selection.messageTemplate() != null) {
				sql.append(" AND ");
				messagesWith(sql, args, workspaceId, "template", List.of(selection.messageTemplate()));
			}
			in(sql, args, "e.contact", selection.contacts());
			if (selection.user() != null) {
				sql.append(" AND e.user_id = ?");
				args.add(selection.user());
			}
			in(sql, args, "e.platform", selection.platforms());
			if (selection.channels() != null) {
				in(sql, args, "e.channel", selection.channels().stream().map(Channel::code).sorted().toList());
			}
			if (selection.bounces() != null) {
				sql.append(" AND (e.type <> 'bounced' OR e.bounce IN (")
					.append(placeholders(selection.bounces().size()))
					.append("))");
				selection.bounces().stream().map(BounceType::code).sorted().forEach(args::add);
			}
			if (selection.withLink()) {
				sql.append(" AND e.link IS NOT NULL");
			}
			if (selection.linkTemplate() != null) {
				linkTemplate(sql, args, "e.link", selection.linkTemplate());
			}
			if (selection.fromMillis() != null) {
				sql.append(" AND e.at_ms >= ?");
				args.add(selection.fromMillis());
			}
			if (selection.toMillis() != null) {
				sql.append(" AND e.at_ms < ?");
				args.add(selection.toMillis());
			}
			if (after != null) {
				// From the cursor's millisecond on (the index seeks to it); the query
				// skips
				// the rows of that millisecond already listed.
				sql.append(" AND e.at_ms >= ?");
				args.add(after.atMillis());
			}
			return new Where(sql.toString(), args);
		}

		/**
		 * The event's message is one of the workspace's catalogue entries whose
		 * {@code column} is one of {@code values}: a look-up of the matching messages.
		 */
		private static void messagesWith(StringBuilder sql, List<Object> args, String workspaceId, String column,
				List<?> values) {
			sql.append("e.message IN (SELECT c.id FROM message c WHERE c.workspace_id = ? AND c.")
				.append(column)
				.append((values.size() == 1) ? " = ?" : " IN (" + placeholders(values.size()) + ")")
				.append(")");
			args.add(workspaceId);
			args.addAll(values);
		}

		/**
		 * Links in {@code column} whose template form (before any '?' or '#') equals the
		 * template, or with a trailing '*' starts with it. A template form never holds
		 * '?' or '#', so a template that does matches nothing.
		 */
		static void linkTemplate(StringBuilder sql, List<Object> args, String column, String template) {
			boolean prefix = template.endsWith("*");
			String form = prefix ? template.substring(0, template.length() - 1) : template;
			if (form.contains("?") || form.contains("#")) {
				sql.append(" AND 1 = 0");
			}
			else if (prefix) {
				sql.append(" AND " + column + " LIKE ? ESCAPE '!'");
				args.add(escapeLike(form) + "%");
			}
			else {
				sql.append(" AND (" + column + " = ? OR " + column + " LIKE ? ESCAPE '!' OR " + column
						+ " LIKE ? ESCAPE '!')");
				args.add(form);
				args.add(escapeLike(form) + "?%");
				args.add(escapeLike(form) + "#%");
			}
		}

		private static String escapeLike(String value) {
			return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		}

		static <T extends Comparable<T>> void in(StringBuilder sql, List<Object> args, String column,
				Collection<T> values) {
			if (values == null) {
				return;
			}
			List<T> sorted = values.stream().sorted().toList();
			sql.append(" AND ").append(column).append(" IN (").append(placeholders(sorted.size())).append(")");
			args.addAll(sorted);
		}

		private static String placeholders(int count) {
			return String.join(", ", Collections.nCopies(count, "?"));
		}

	}

}
