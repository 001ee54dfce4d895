package dev.statsemulator.pushwoosh;

import jakarta.servlet.http.HttpServletRequest;

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
		return this.messages.list(PushwooshJson.read(PushwooshJson.body(http), MessagesListRequest.class), access);
	}

}
