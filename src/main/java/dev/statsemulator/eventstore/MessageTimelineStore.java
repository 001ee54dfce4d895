package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a message's events happened: the first and the last event time. APIs that report a
 * message's statistics without a time range count over this span. Read from the index on
 * (workspace_id, message, at_ms, seq), so it costs two index look-ups, never a scan of
 * the message's events.
 */
@Component
public class MessageTimelineStore {

	private final JdbcTemplate jdbc;

	MessageTimelineStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		return this.jdbc
			.query("SELECT MIN(at_ms), MAX(at_ms) FROM event WHERE workspace_id = ? AND message = ?", (rs, row) -> {
				long first = rs.getLong(1);
				return rs.wasNull() ? null : new Span(Instant.ofEpochMilli(first), Instant.ofEpochMilli(rs.getLong(2)));
			}, workspaceId, messageId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

}
