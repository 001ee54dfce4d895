package dev.statsemulator.tellody;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.calls.VendorApi;
import dev.statsemulator.faults.FaultKind;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Tellody for the journal and fault injection: /CampaignCloud, the workspace of the
 * session's logged-in user (or of the user a login form names, or of the user a
 * remember-me cookie logs in again), and an injected session expiry that ends the session
 * and answers the not-logged-in 401, as a vendor session that timed out does.
 */
@Component
class TellodyApi implements VendorApi {

	private final TellodyCredentials credentials;

	private final TellodyResponses responses;

	private final JsonMapper json;

	private final TellodyRememberMeServices rememberMe;

	TellodyApi(TellodyCredentials credentials, TellodyRememberMeServices rememberMe, JsonMapper json) {
		this.credentials = credentials;
		this.rememberMe = rememberMe;
		this.responses = new TellodyResponses(json);
		this.json = json;
	}

	@Override
	public String name() {
		return "tellody";
	}

	@Override
	public boolean owns(String method, String path) {
		return path.startsWith("/CampaignCloud/") || path.equals("/CampaignCloud");
	}

	@Override
	public boolean readsFormParameters() {
		return true;
	}

	@Override
	public Optional<String> workspaceOf(HttpServletRequest request, byte[] body) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof TellodyUser user) {
			return Optional.of(user.workspaceId());
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (TellodySecurityConfiguration.LOGIN.equals(path) && "POST".equals(request.getMethod())) {
			return this.credentials.account(request.getParameter("username")).map(TellodyAccount::workspaceId);
		}
		// No session (or none logged in): a remember-me cookie logs its user in on the
		// way.
		TellodyUser remembered = this.rememberMe.userOf(request);
		return (remembered != null) ? Optional.of(remembered.workspaceId()) : Optional.empty();
	}

	@Override
	public void writeFailure(FaultKind failure, HttpServletRequest request, byte[] body, HttpServletResponse response)
			throws IOException {
		switch (failure) {
			case UNAVAILABLE -> VendorApi.writeUnavailable(response);
			case SESSION_EXPIRED -> {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				this.responses.notLoggedIn(request, response, null);
			}
			case RATE_LIMIT -> {
				// Decided: the vendor documents no rate limit; its error body with a 429.
				response.setStatus(429);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write(this.json.writeValueAsString(TellodyError.of("Too many requests: slow down and retry")));
			}
		}
	}

}
