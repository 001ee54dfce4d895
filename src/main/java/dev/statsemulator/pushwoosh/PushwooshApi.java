package dev.statsemulator.pushwoosh;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.calls.VendorApi;
import dev.statsemulator.faults.FaultKind;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Pushwoosh for the journal and fault injection: /api/v2, the workspace of the access
 * token (header or {@code auth} member), and failures in the endpoint's error style: a
 * 429 with gRPC code 8 (RESOURCE_EXHAUSTED) behind the gateway, {@code {"error": ...}}
 * elsewhere.
 */
@Component
class PushwooshApi implements VendorApi {

	static final String TOO_MANY_REQUESTS = "too many requests: rate limit exceeded";

	private final PushwooshCredentials credentials;

	PushwooshApi(PushwooshCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public String name() {
		return "pushwoosh";
	}

	@Override
	public boolean owns(String method, String path) {
		return path.startsWith(PushwooshEndpoints.PREFIX);
	}

	@Override
	public Optional<String> workspaceOf(HttpServletRequest request, byte[] body) {
		String token = PushwooshTokenFilter.tokenOf(request.getHeader(HttpHeaders.AUTHORIZATION))
			.orElseGet(() -> PushwooshJson.authOf(body));
		return (token != null && !token.isBlank())
				? this.credentials.access(token.trim()).map(PushwooshAccess::workspaceId) : Optional.empty();
	}

	@Override
	public void writeFailure(FaultKind failure, HttpServletRequest request, byte[] body, HttpServletResponse response)
			throws IOException {
		switch (failure) {
			case UNAVAILABLE -> VendorApi.writeUnavailable(response);
			case SESSION_EXPIRED -> PushwooshSecurityConfiguration.writeError(request, response,
					HttpStatus.UNAUTHORIZED, PushwooshTokenFilter.UNKNOWN_TOKEN);
			case RATE_LIMIT -> PushwooshSecurityConfiguration.writeError(request, response,
					HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS);
		}
	}

}
