package dev.statsemulator.rocketchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.rocketchat.RocketChatErrors.Failure;

import dev.statsemulator.web.BodyTooLargeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Rocket.Chat routes' errors, in Rocket.Chat's shapes (see {@link RocketChatErrors}).
 * Whatever else goes wrong answers the route failure shape, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = RocketChatExceptionAdvice.class)
class RocketChatExceptionAdvice {

	private static final Logger logger = LoggerFactory.getLogger(RocketChatExceptionAdvice.class);

	@ExceptionHandler
	ResponseEntity<Object> rocketChat(RocketChatException ex) {
		return ResponseEntity.status(ex.status())
			.headers(ex.headers())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ex.body());
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		if (BodyTooLargeException.in(ex) != null) {
			RocketChatException tooLarge = RocketChatErrors.tooLarge(BodyTooLargeException.in(ex).limit());
			return answer(tooLarge.status(), tooLarge.body());
		}
		if (ex instanceof org.springframework.web.ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			// Framework-detected bad requests (unreadable body, unsupported media
			// type...): the framework's generic detail, which names no Java type.
			String detail = error.getBody().getDetail();
			return answer(HttpStatus.valueOf(error.getStatusCode().value()),
					new Failure(false, (detail != null) ? detail : error.getBody().getTitle()));
		}
		logger.error("Unexpected error in the Rocket.Chat API", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, new Failure(false, "Internal server error"));
	}

	private static ResponseEntity<Object> answer(HttpStatus status, Object body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
