package dev.statsemulator.pushwoosh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventCursor;
import dev.statsemulator.eventstore.EventLog;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.LoggedEvent;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/statistics/getMessageLog: the events of messages, in time order, a page at
 * a time. A page is written to the client while it is read from the database, so memory
 * does not grow with the limit (up to 100000 events).
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
		// still an error answer; from begin() on the answer streams.
		JsonGenerator[] json = new JsonGenerator[1];
		this.log.page(access.workspaceId(), query.selection(), after, query.limit(), new EventLog.PageReader() {

			@Override
			public void begin(Optional<EventCursor> next) {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				try {
					json[0] = PushwooshJson.MAPPER.createGenerator(response.getOutputStream());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				json[0].writeStartObject();
				json[0].writeStringProperty("pagination_token",
						next.map((cursor) -> MessageLogController.this.tokens.issue(cursor, query.filters()))
							.orElse(""));
				json[0].writeName("data");
				json[0].writeStartArray();
			}

			@Override
			public void event(LoggedEvent logged) {
				write(json[0], logged);
			}

		});
		// Closed only when the page is complete: a page that fails while streaming ends
		// as broken JSON, never as a shorter page that looks whole.
		json[0].writeEndArray();
		json[0].writeEndObject();
		json[0].close();
	}

	private static void write(JsonGenerator json, LoggedEvent logged) {
		Event event = logged.event();
		json.writeStartObject();
		json.writeStringProperty("timestamp", PushwooshTimes.format(PushwooshTimes.SECONDS, event.at()));
		json.writeStringProperty("application_code",
				text((event.application() != null) ? event.application() : logged.messageApplication()));
		json.writeNumberProperty("message_id", (logged.messageNumber() != null) ? logged.messageNumber() : 0L);
		json.writeStringProperty("message_code", text(event.message()));
		json.writeStringProperty("campaign_code",
				text((event.campaign() != null) ? event.campaign() : logged.messageCampaign()));
		json.writeStringProperty("hwid", text(event.contact()));
		json.writeStringProperty("user_id", text(event.user()));
		json.writeStringProperty("platform",
				PushwooshPlatform.ofEmulatorCode(event.platformCode())
					.map(PushwooshPlatform::logName)
					.orElse(event.platformCode()));
		json.writeStringProperty("action", event.type().code());
		if (event.type() == EventType.SENT) {
			json.writeStringProperty("status", event.detail());
		}
		json.writeStringProperty("push_alerts_enabled", "true");
		json.writeEndObject();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
