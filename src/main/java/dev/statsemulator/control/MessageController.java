package dev.statsemulator.control;

import java.util.List;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.MessageRegistration;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The message catalogue: register or update metadata, list, read one. */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/messages")
class MessageController {

	private final EventStore events;

	private final WorkspaceService workspaces;

	private final ControlJson json;

	private final EmulatorClock clock;

	MessageController(EventStore events, WorkspaceService workspaces, ControlJson json, EmulatorClock clock) {
		this.events = events;
		this.workspaces = workspaces;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping
	List<CatalogueMessage> register(@PathVariable String id, @RequestBody(required = false) byte[] body) {
		this.workspaces.require(id);
		return this.events.registerMessages(id, this.json.readArray(body, MessageRegistration.class), this.clock.now());
	}

	@GetMapping
	List<CatalogueMessage> list(@PathVariable String id) {
		this.workspaces.require(id);
		return this.events.messages(id);
	}

	@GetMapping("/{messageId}")
	CatalogueMessage get(@PathVariable String id, @PathVariable String messageId) {
		this.workspaces.require(id);
		return this.events.message(id, messageId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Message '" + messageId + "' does not exist in workspace '" + id + "'"));
	}

}
