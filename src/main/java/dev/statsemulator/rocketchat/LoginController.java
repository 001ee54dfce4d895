package dev.statsemulator.rocketchat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.workspace.Credential;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/login: a username (as {@code user} or {@code username}, or {@code user:
 * {username}}) and a password, as JSON or as a form, give the user's id and a new auth
 * token for the X-User-Id / X-Auth-Token headers.
 */
@RestController
class LoginController {

	private final RocketChatCredentials credentials;

	private final JsonMapper json;

	private final LoginGuard guard;

	LoginController(RocketChatCredentials credentials, JsonMapper json, LoginGuard guard) {
		this.credentials = credentials;
		this.json = json;
		this.guard = guard;
	}

	/**
	 * @param status always "success"
	 * @param data the session
	 */
	record LoginResponse(String status, Session data) {
	}

	/**
	 * @param userId the value for X-User-Id
	 * @param authToken the value for X-Auth-Token
	 * @param me the logged-in user
	 */
	record Session(String userId, String authToken, Me me) {
	}

	/**
	 * @param id the user id
	 * @param username login name
	 * @param name display name (the username: the emulator keeps no other)
	 * @param status presence
	 * @param active whether the user may log in
	 */
	record Me(@JsonProperty("_id") String id, String username, String name, String status, boolean active) {
	}

	/** What the body gave, if anything. */
	private record LoginRequest(String username, String password) {
	}

	@PostMapping(RocketChatSecurityConfiguration.LOGIN)
	ResponseEntity<LoginResponse> login(HttpServletRequest request) throws IOException {
		// As on the server: the rate limit first, then the body, then the blocks, then
		// the
		// password.
		String address = LoginGuard.clientAddress(request);
		HttpHeaders rateLimit = this.guard.rateLimit(address);
		try {
			return authenticate(request, address, rateLimit);
		}
		catch (RocketChatException ex) {
			// The rate limit's headers go with every answer of the route.
			throw ex.headers().isEmpty() ? new RocketChatException(ex.status(), ex.body(), rateLimit) : ex;
		}
	}

	private ResponseEntity<LoginResponse> authenticate(HttpServletRequest request, String address,
			HttpHeaders rateLimit) throws IOException {
		LoginRequest login = read(request).orElseThrow(RocketChatErrors::loginFailed);
		Optional<Credential> stored = this.credentials.login(login.username());
		String user = stored.isPresent() ? login.username() : null;
		this.guard.checkNotBlocked(address, user);
		Optional<RocketChatAccount> authenticated = this.credentials.authenticate(stored, login.password());
		if (authenticated.isEmpty()) {
			this.guard.failed(address, user);
			throw RocketChatErrors.loginFailed();
		}
		RocketChatAccount account = authenticated.get();
		this.guard.succeeded(address, login.username());
		String token = this.credentials.issueLoginToken(account);
		String username = (account.username() != null) ? account.username() : login.username();
		return ResponseEntity.ok()
			.headers(rateLimit)
			.body(new LoginResponse("success", new Session(account.userId(), token,
					new Me(account.userId(), username, username, "online", true))));
	}

	private static boolean isForm(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			// Read the body as JSON, as the server's JSON parser would try to.
			return false;
		}
	}

	private Optional<LoginRequest> read(HttpServletRequest request) throws IOException {
		if (isForm(request.getContentType())) {
			String user = request.getParameter("user");
			return Optional.of(new LoginRequest((user != null) ? user : request.getParameter("username"),
					request.getParameter("password")));
		}
		String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
		JsonNode node;
		try {
			node = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw RocketChatErrors.failure("The request body is not valid JSON");
		}
		if (node == null || !node.isObject()) {
			return Optional.empty();
		}
		JsonNode user = node.path("user");
		String username = user.isString() ? user.asString()
				: user.isObject() ? user.path("username").asString(null) : node.path("username").asString(null);
		JsonNode password = node.path("password");
		return Optional.of(new LoginRequest(username, password.isString() ? password.asString() : null));
	}

}
