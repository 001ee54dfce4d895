package dev.statsemulator.rocketchat;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path or method under /api/v1, for a logged-in user: Rocket.Chat's 404 failure
 * instead of the emulator's own error page.
 */
@RestController
class RocketChatFallbackController {

	@RequestMapping("/api/v1/**")
	void unknown() {
		throw RocketChatErrors.notFound();
	}

}
