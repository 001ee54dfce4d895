package dev.statsemulator.tellody;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.tellody.TellodyWorkspaces.SessionWorkspaceGoneException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Tellody's errors, built in one place: the status carries the error, the body's message
 * says what to fix. Ordered before Spring Boot's problem-details handler, which would
 * otherwise answer the MVC exceptions of these controllers in another shape.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = TellodyExceptionAdvice.class)
class TellodyExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(TellodyExceptionAdvice.class);

	@ExceptionHandler
	ResponseEntity<TellodyError> tellody(TellodyException ex) {
		return ResponseEntity.status(ex.status()).body(TellodyError.of(ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> workspaceGone(SessionWorkspaceGoneException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access-denied", true);
		body.put("cause", "notLoggedIn");
		body.put("message", ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
	}

	@ExceptionHandler
	ResponseEntity<TellodyError> unexpected(RuntimeException ex) {
		if (ex instanceof java.time.DateTimeException || ex instanceof ArithmeticException
				|| ex instanceof org.springframework.security.web.firewall.RequestRejectedException) {
			// A value out of any computable range, or a request the firewall refused.
			return ResponseEntity.badRequest()
				.body(TellodyError.of("A value of the request is out of range or malformed"));
		}
		logger.error("Unexpected error in the Tellody API", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(TellodyError.of("Unexpected error (see the emulator's log)"));
	}

	/** Spring MVC's own exceptions (wrong method, media type...) in Tellody's shape. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.body(TellodyError.of(dev.statsemulator.web.ErrorTexts.withoutClassNames(ex.getMessage())));
	}

}
