package dev.statsemulator.pushwoosh;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever no endpoint takes under /api/v2 (unknown paths, methods other than POST),
 * answered in the vendor's error style instead of the framework's.
 */
@RestController
class PushwooshFallbackController {

	@RequestMapping(PushwooshEndpoints.PREFIX + "**")
	void unmatched(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (PushwooshEndpoints.ALL.contains(path)) {
			throw new PushwooshException(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed");
		}
		throw PushwooshException.notFound("Not Found");
	}

}
