package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.Optional;

import dev.statsemulator.answercache.AnswerCache;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a message's events happened: the first and the last event time. APIs that report a
 * message's statistics without a time range count over this span. Read from the index on
 * (workspace_id, message, at_ms, seq), so it costs two index look-ups, never a scan of
 * the message's events. Answered from the answer cache while the workspace is unchanged.
 */
@Component
public class MessageTimelineStore {

	private final JdbcTemplate jdbc;

	private final AnswerCache answers;

	MessageTimelineStore(JdbcTemplate jdbc, AnswerCache answers) {
		this.jdbc = jdbc;
		this.answers = answers;
	}

	/**
	 * The times of the first and the last event of a message.
	 *
	 * @param first the earliest event time
	 * @param last the latest event time (equal to {@code first} for a single event)
	 */
	public record Span(Instant first, Instant last) {
	}

	/** The span of the message's events; empty when the message has none. */
	public Optional<Span> span(String workspaceId, String messageId) {
		return this.answers.get(workspaceId, new SpanKey(messageId), () -> read(workspaceId, messageId),
				(span) -> 96 + messageId.length() * 2);
	}

	private Optional<Span> read(String workspaceId, String messageId) {
		return this.jdbc
			.query("SELECT MIN(at_ms), MAX(at_ms) FROM event WHERE workspace_id = ? AND message = ?", (rs, row) -> {
				long first = rs.getLong(1);
				return rs.wasNull() ? null : new Span(Instant.ofEpochMilli(first), Instant.ofEpochMilli(rs.getLong(2)));
			}, workspaceId, messageId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** The key of a cached span. */
	private record SpanKey(String messageId) {
	}

}
