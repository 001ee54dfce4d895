package dev.statsemulator.pushwoosh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.EventCursor;
import dev.statsemulator.eventstore.EventLog;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.LogRow;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/statistics/getMessageLog: the events of messages, in time order, a page at
 * a time. A page is written to the client while it is read from the database, straight
 * from the rows into a buffer of fixed size, so memory does not grow with the limit (up
 * to 100000 events).
 */
@RestController
class MessageLogController {

	private final EventLog log;

	private final EventStore catalogue;

	private final EmulatorClock clock;

	private final PaginationTokens tokens;

	MessageLogController(EventLog log, EventStore catalogue, EmulatorClock clock, PaginationTokens tokens) {
		this.log = log;
		this.catalogue = catalogue;
		this.clock = clock;
		this.tokens = tokens;
	}

	@PostMapping(PushwooshEndpoints.MESSAGE_LOG)
	void messageLog(HttpServletRequest http, HttpServletResponse response,
			@AuthenticationPrincipal PushwooshAccess access) throws IOException {
		MessageLogRequest request = PushwooshJson.read(PushwooshJson.body(http), MessageLogRequest.class);
		MessageLogQuery query = MessageLogQuery.of(request, access, this.catalogue, this.clock.now());
		EventCursor after = (request.paginationToken() != null && !request.paginationToken().isEmpty())
				? this.tokens.read(request.paginationToken(), query.filters()) : null;
		// Everything that can be refused has been checked. The page's first query (where
		// the next page starts) runs before anything is written, so a failure there is
		// still an error answer; from begin() on the answer streams, written straight
		// from
		// the rows (MessageLogWriter: the bytes Jackson would write).
		MessageLogWriter[] writer = new MessageLogWriter[1];
		try {
			this.log.pageRows(access.workspaceId(), query.selection(), after, query.limit(), new EventLog.RowReader() {

				@Override
				public void begin(Optional<EventCursor> next) {
					response.setStatus(HttpServletResponse.SC_OK);
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					try {
						writer[0] = new MessageLogWriter(response.getOutputStream(), MessageLogWriter.BUFFER_BYTES);
						writer[0]
							.begin(next.map((cursor) -> MessageLogController.this.tokens.issue(cursor, query.filters()))
								.orElse(""));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void row(LogRow row) {
					try {
						writer[0].row(row);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		// Ended only when the page is complete: a page that fails while streaming ends
		// as broken JSON, never as a shorter page that looks whole.
		writer[0].end();
	}

}
