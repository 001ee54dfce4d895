package dev.statsemulator.rocketchat;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Every error body this lens answers, in one place. Rocket.Chat's REST API has several
 * shapes: the failure of a route ({@code success: false}), the not-logged-in answer and
 * the login's own {@code status: error}.
 */
final class RocketChatErrors {

	static final String NOT_LOGGED_IN = "You must be logged in to do this.";

	private RocketChatErrors() {
	}

	/**
	 * A route's failure.
	 *
	 * @param success always false
	 * @param error what went wrong
	 */
	record Failure(boolean success, String error) {
	}

	/**
	 * A failure that names its error type (a Meteor error thrown by the route).
	 *
	 * @param success always false
	 * @param error the message with the type in brackets
	 * @param errorType the Meteor error type
	 */
	record TypedFailure(boolean success, String error, String errorType) {
	}

	/**
	 * Missing or wrong X-User-Id / X-Auth-Token. Carries both the older
	 * ({@code status}/{@code message}) and the newer ({@code success}/{@code error})
	 * fields so clients of either server generation understand it.
	 *
	 * @param success always false
	 * @param error the text
	 * @param status always "error"
	 * @param message the text
	 */
	record NotLoggedIn(boolean success, String error, String status, String message) {
	}

	/**
	 * A failed POST /api/v1/login.
	 *
	 * @param status always "error"
	 * @param error always "Unauthorized"
	 * @param message always "Unauthorized"
	 */
	record LoginFailure(String status, String error, String message) {
	}

	static RocketChatException notLoggedIn() {
		return new RocketChatException(HttpStatus.UNAUTHORIZED,
				new NotLoggedIn(false, NOT_LOGGED_IN, "error", NOT_LOGGED_IN));
	}

	static RocketChatException notPermitted() {
		return new RocketChatException(HttpStatus.FORBIDDEN,
				new Failure(false, "User does not have the permissions required for this action [error-unauthorized]"));
	}

	static RocketChatException notLicensed() {
		return new RocketChatException(HttpStatus.BAD_REQUEST, new TypedFailure(false,
				"This is an enterprise feature [error-action-not-allowed]", "error-action-not-allowed"));
	}

	static RocketChatException missingKey(String key) {
		return failure("Match error: Missing key '" + key + "'");
	}

	static RocketChatException failedValidation(String key) {
		return failure("Match error: Failed Match.Where validation in field " + key);
	}

	static RocketChatException loginFailed() {
		return new RocketChatException(HttpStatus.UNAUTHORIZED,
				new LoginFailure("error", "Unauthorized", "Unauthorized"));
	}

	static RocketChatException notFound() {
		return new RocketChatException(HttpStatus.NOT_FOUND, new Failure(false, "Resource not found"));
	}

	/** A body over the limit (the server's body parser answers 413). */
	static RocketChatException tooLarge(long limit) {
		return new RocketChatException(HttpStatus.PAYLOAD_TOO_LARGE,
				new Failure(false, "request entity too large: at most " + limit + " bytes"));
	}

	/** A 400 with Rocket.Chat's generic failure body. */
	/**
	 * A login refused by "Block failed login attempts" (the current server's shape: the
	 * REST 401 with the Meteor error's fields).
	 *
	 * @param success always false
	 * @param error error-login-blocked-for-user or error-login-blocked-for-ip
	 * @param status always "error"
	 * @param details where the server threw it
	 * @param message the reason
	 */
	record LoginBlocked(boolean success, String error, String status, Map<String, String> details, String message) {
	}

	/** Blocked for {@code reason} "user" or "ip". */
	static RocketChatException loginBlocked(String reason) {
		return new RocketChatException(HttpStatus.UNAUTHORIZED,
				new LoginBlocked(false, "error-login-blocked-for-" + reason, "error",
						Map.of("function", "Accounts.validateLoginAttempt"),
						"Login has been temporarily blocked For " + ("ip".equals(reason) ? "IP" : "User")));
	}

	/** The REST API's rate limiter: 429 with how many seconds to wait. */
	static RocketChatException tooManyRequests(long seconds, HttpHeaders headers) {
		return new RocketChatException(HttpStatus.TOO_MANY_REQUESTS,
				new Failure(false, "Error, too many requests. Please slow down. You must wait " + seconds
						+ " seconds before trying this endpoint again. [error-too-many-requests]"),
				headers);
	}

	static RocketChatException failure(String error) {
		return new RocketChatException(HttpStatus.BAD_REQUEST, new Failure(false, error));
	}

	/** Writes the error from a servlet filter or a security handler. */
	static void write(HttpServletResponse response, RocketChatException error) throws IOException {
		response.setStatus(error.status().value());
		error.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JsonMapper.shared().writeValueAsString(error.body()));
	}

}
