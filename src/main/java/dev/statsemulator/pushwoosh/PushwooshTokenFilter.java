package dev.statsemulator.pushwoosh;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.web.ForcedHeaderRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the API access token, from {@code Authorization: Api|Token|Key <token>} or
 * from an {@code auth} member of the body (old clients), to the workspace it belongs to.
 * No token or an unknown one is a 401 in the endpoint's error style.
 */
final class PushwooshTokenFilter extends OncePerRequestFilter {

	static final String MISSING_TOKEN = "API access token is missing: send it as 'Authorization: Api <token>'";

	static final String UNKNOWN_TOKEN = "account not found";

	/**
	 * The largest body accepted (4 MiB); a larger one is a 413 in the endpoint's error
	 * style, never a truncated body.
	 */
	static final int MAX_BODY_BYTES = 4 << 20;

	static final String BODY_TOO_LARGE = "request body too large: at most " + MAX_BODY_BYTES + " bytes are accepted";

	private static final List<String> SCHEMES = List.of("Api ", "Token ", "Key ");

	private final PushwooshCredentials credentials;

	PushwooshTokenFilter(PushwooshCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The body is read here, before anything can parse it as form parameters, and
		// replayed to the controllers.
		// One byte more than the limit tells a body at the limit from a larger one.
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			PushwooshSecurityConfiguration.writeError(request, response, HttpStatus.PAYLOAD_TOO_LARGE, BODY_TOO_LARGE);
			return;
		}
		HttpServletRequest replayable = new BufferedBodyRequest(request, body);
		String token = tokenOf(request.getHeader(HttpHeaders.AUTHORIZATION))
			.orElseGet(() -> PushwooshJson.authOf(body));
		if (token == null || token.isBlank()) {
			PushwooshSecurityConfiguration.writeError(request, response, HttpStatus.UNAUTHORIZED, MISSING_TOKEN);
			return;
		}
		Optional<PushwooshAccess> access = this.credentials.access(token.trim());
		if (access.isEmpty()) {
			PushwooshSecurityConfiguration.writeError(request, response, HttpStatus.UNAUTHORIZED, UNKNOWN_TOKEN);
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(access.get(), null,
					List.of(new SimpleGrantedAuthority("ROLE_PUSHWOOSH"))));
		chain.doFilter(replayable, response);
	}

	/** The token of an {@code Api}, {@code Token} or {@code Key} header. */
	static Optional<String> tokenOf(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String trimmed = header.trim();
		for (String scheme : SCHEMES) {
			if (trimmed.regionMatches(true, 0, scheme, 0, scheme.length())) {
				String token = trimmed.substring(scheme.length()).trim();
				return token.isEmpty() ? Optional.empty() : Optional.of(token);
			}
		}
		return Optional.empty();
	}

	/**
	 * A request whose body, already read, can be read again, and that accepts JSON
	 * whatever its Accept header says: the vendor answers JSON to every client.
	 */
	static final class BufferedBodyRequest extends ForcedHeaderRequest {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request, HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
