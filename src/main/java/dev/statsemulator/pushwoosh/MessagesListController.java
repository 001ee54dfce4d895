package dev.statsemulator.pushwoosh;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/messages:list: the message catalogue of one application
 * ({@link MessagesListService}).
 */
@RestController
class MessagesListController {

	private final MessagesListService messages;

	MessagesListController(MessagesListService messages) {
		this.messages = messages;
	}

	@PostMapping(PushwooshEndpoints.MESSAGES_LIST)
	MessagesListResponse list(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		JsonNode root = PushwooshJson.tree(PushwooshJson.body(http));
		// The request may come wrapped, as the Remote API's other methods send it.
		if (root.isObject() && !root.has("filters") && root.path("request").isObject()) {
			root = root.get("request");
		}
		return this.messages.list(PushwooshJson.read(root, MessagesListRequest.class), access);
	}

}
