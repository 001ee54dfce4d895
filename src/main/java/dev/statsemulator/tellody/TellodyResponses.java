package dev.statsemulator.tellody;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/**
 * The bodies Tellody's session layer answers with, written from the security filters
 * (login, 401, 403 and the early 400s), so they never fall back to Spring's defaults.
 */
class TellodyResponses {

	static final String PING = TellodySecurityConfiguration.PING;

	static final String LOGIN_SUCCEEDED = "{\"message\":\"You have logged in with success.\",\"status\":\"success\"}";

	static final String BAD_CREDENTIALS = "{\"access-denied\":true,\"cause\":\"badCredentials\",\"message\":\"Bad credentials\"}";

	static final String LOCKED = "{\"access-denied\":true,\"cause\":\"locked\",\"message\":\"User account is locked\"}";

	private final JsonMapper json;

	private final @Nullable TellodyAuthenticationProvider passwords;

	TellodyResponses(JsonMapper json) {
		this(json, null);
	}

	TellodyResponses(JsonMapper json, @Nullable TellodyAuthenticationProvider passwords) {
		this.json = json;
		this.passwords = passwords;
	}

	void loginSucceeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		write(response, HttpServletResponse.SC_OK, LOGIN_SUCCEEDED);
	}

	void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof TellodyAuthenticationProvider.UsernameLockedException locked) {
			if (this.passwords != null) {
				response.setHeader("Retry-After", String.valueOf(this.passwords.secondsUntil(locked.until())));
			}
			write(response, HttpServletResponse.SC_UNAUTHORIZED, LOCKED);
			return;
		}
		write(response, HttpServletResponse.SC_UNAUTHORIZED, BAD_CREDENTIALS);
	}

	/** 401 for a report or UserInfo call without a logged-in session. */
	void notLoggedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String ended = (request.getAttribute(StaleLoginFilter.ENDED) != null)
				? TellodyWorkspaces.SessionWorkspaceGoneException.MESSAGE + ". " : "";
		write(response, HttpServletResponse.SC_UNAUTHORIZED,
				accessDenied("notLoggedIn", ended + "Not logged in: GET " + PING
						+ " for the session cookie and the X-XSRF-TOKEN response header, then "
						+ "POST /CampaignCloud/login with the form fields username and password and that header, "
						+ "and keep sending the session cookie"));
	}

	/**
	 * 403 for a POST whose XSRF token is missing or belongs to no session of this client.
	 */
	void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String message;
		String cause = "invalidXsrfToken";
		if (request.getHeader(TellodySecurityConfiguration.XSRF_HEADER) == null) {
			cause = "missingXsrfToken";
			message = "Missing X-XSRF-TOKEN header: every POST needs the token that GET " + PING
					+ " returns in its X-XSRF-TOKEN response header, sent back as a request header with the same "
					+ "session cookie";
		}
		else if (ex instanceof MissingCsrfTokenException) {
			message = "This session has no XSRF token: the token is rotated at login, and a new session (no "
					+ "session cookie, or an expired one) has none yet. GET " + PING
					+ " with the same cookie jar (again after logging in) and send its X-XSRF-TOKEN response header";
		}
		else if (ex instanceof InvalidCsrfTokenException) {
			message = "The X-XSRF-TOKEN header does not match this session's token; it changes at login, so GET " + PING
					+ " again after logging in and send the new X-XSRF-TOKEN";
		}
		else {
			cause = "accessDenied";
			message = "Access denied: " + ex.getMessage();
		}
		write(response, HttpServletResponse.SC_FORBIDDEN, accessDenied(cause, message));
	}

	/** 400 with a message that says what to fix. */
	void badRequest(HttpServletResponse response, String message) throws IOException {
		write(response, HttpServletResponse.SC_BAD_REQUEST,
				this.json.writeValueAsString(new TellodyError(message, TellodyError.ERROR)));
	}

	private String accessDenied(String cause, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access-denied", true);
		body.put("cause", cause);
		body.put("message", message);
		return this.json.writeValueAsString(body);
	}

	private static void write(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(body);
	}

}
