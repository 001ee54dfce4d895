package dev.statsemulator.pushwoosh;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the Statistics API v2, built in one place, in the style of the endpoint
 * that raised it. Nothing here answers a stack trace, and only the truly unexpected is a
 * 500.
 */
@RestControllerAdvice(basePackageClasses = PushwooshExceptionAdvice.class)
class PushwooshExceptionAdvice {

	private static final Logger logger = LoggerFactory.getLogger(PushwooshExceptionAdvice.class);

	@ExceptionHandler
	ResponseEntity<String> refused(PushwooshException ex, HttpServletRequest request) {
		return error(request, ex.status(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> unreadable(JacksonException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, PushwooshJson.describe(ex));
	}

	/**
	 * The framework's own refusals (unsupported media type, unknown resource, method not
	 * allowed, a ResponseStatusException: every {@link ErrorResponse}) keep their 4xx
	 * status, in the endpoint's style; anything else is a 500.
	 */
	@ExceptionHandler
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse refusal) {
			HttpStatus status = HttpStatus.resolve(refusal.getStatusCode().value());
			if (status != null && status.is4xxClientError()) {
				return error(request, status, status.getReasonPhrase());
			}
		}
		if (ex instanceof java.time.DateTimeException || ex instanceof ArithmeticException
				|| ex instanceof org.springframework.security.web.firewall.RequestRejectedException) {
			// A value out of any computable range, or a request the firewall refused.
			return error(request, HttpStatus.BAD_REQUEST, "a value of the request is out of range or malformed");
		}
		logger.error("Unexpected error in the Pushwoosh API", ex);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal error (see the emulator's log)");
	}

	static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorStyle.of(request).body(status, message));
	}

}
