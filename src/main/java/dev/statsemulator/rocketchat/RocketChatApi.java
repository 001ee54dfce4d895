package dev.statsemulator.rocketchat;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.calls.VendorApi;
import dev.statsemulator.faults.FaultKind;
import dev.statsemulator.rocketchat.RocketChatErrors.Failure;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rocket.Chat for the journal and fault injection: /api/v1, the workspace of the
 * X-User-Id / X-Auth-Token pair (or of the login's user and password), and the server's
 * rate limiter answer: 429 with {@code error-too-many-requests} and its X-RateLimit
 * headers.
 */
@Component
class RocketChatApi implements VendorApi {

	/** The text of the server's rate limiter (a Meteor error, its type in brackets). */
	static final String TOO_MANY_REQUESTS = "Error, too many requests. Please slow down. You must wait 60 seconds "
			+ "before trying this endpoint again. [error-too-many-requests]";

	private final RocketChatCredentials credentials;

	RocketChatApi(RocketChatCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "rocketchat";
	}

	@Override
	public boolean owns(String method, String path) {
		return path.startsWith("/api/v1/");
	}

	/** The login takes form bodies too, read as parameters. */
	@Override
	public boolean readsFormParameters() {
		return true;
	}

	@Override
	public Optional<String> workspaceOf(HttpServletRequest request, byte[] body) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (RocketChatSecurityConfiguration.LOGIN.equals(path) && body.length == 0) {
			String user = request.getParameter("user");
			String password = request.getParameter("password");
			user = (user != null) ? user : request.getParameter("username");
			return (user != null && password != null)
					? this.credentials.authenticate(user, password).map(RocketChatAccount::workspaceId)
					: Optional.empty();
		}
		if (RocketChatSecurityConfiguration.LOGIN.equals(path)) {
			try {
				JsonNode login = JsonMapper.shared().readTree(body);
				String user = login.path("user").asString(login.path("username").asString(null));
				JsonNode password = login.path("password");
				if (user != null && password.isString()) {
					return this.credentials.authenticate(user, password.stringValue())
						.map(RocketChatAccount::workspaceId);
				}
			}
			catch (JacksonException ex) {
				return Optional.empty();
			}
			return Optional.empty();
		}
		return this.credentials.byToken(request.getHeader("X-User-Id"), request.getHeader("X-Auth-Token"))
			.map(RocketChatAccount::workspaceId);
	}

	@Override
	public void writeFailure(FaultKind failure, HttpServletRequest request, byte[] body, HttpServletResponse response)
			throws IOException {
		switch (failure) {
			case UNAVAILABLE -> VendorApi.writeUnavailable(response);
			case SESSION_EXPIRED -> RocketChatErrors.write(response, RocketChatErrors.notLoggedIn());
			case RATE_LIMIT -> {
				response.setHeader("X-RateLimit-Limit", "10");
				response.setHeader("X-RateLimit-Remaining", "0");
				response.setHeader("X-RateLimit-Reset", Long.toString(System.currentTimeMillis() + 60_000));
				RocketChatErrors.write(response,
						new RocketChatException(HttpStatus.TOO_MANY_REQUESTS, new Failure(false, TOO_MANY_REQUESTS)));
			}
		}
	}

}
