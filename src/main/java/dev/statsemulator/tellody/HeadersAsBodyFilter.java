package dev.statsemulator.tellody;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches the trap in the vendor's own sample, {@code session.post(url, header, data)}:
 * python requests sends the header dict as a form body (and drops the JSON), so the
 * request has no X-XSRF-TOKEN header but form fields named like headers. Without this
 * filter the caller would only see the XSRF 403; with it, a 400 says what happened.
 */
class HeadersAsBodyFilter extends OncePerRequestFilter {

	private static final Set<String> HEADER_NAMES = Set.of("x-xsrf-token", "content-type", "accept", "cookie");

	private final TellodyResponses responses;

	HeadersAsBodyFilter(TellodyResponses responses) {
		this.responses = responses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !isForm(request.getContentType())
				|| request.getHeader(TellodySecurityConfiguration.XSRF_HEADER) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> fields = List.copyOf(request.getParameterMap().keySet());
		if (fields.stream().anyMatch((field) -> HEADER_NAMES.contains(field.toLowerCase(Locale.ROOT)))) {
			this.responses.badRequest(response, headersSentAsBody(fields));
			return;
		}
		chain.doFilter(request, response);
	}

	static String headersSentAsBody(List<String> fields) {
		return "Received no X-XSRF-TOKEN header but a form body (application/x-www-form-urlencoded) with the fields "
				+ String.join(", ", fields) + ": the request headers were sent as the body, and the report "
				+ "parameters were not sent at all. Expected the X-XSRF-TOKEN request header and the parameters as a "
				+ "JSON object (Content-Type: application/json). With python requests, a dict given as the second "
				+ "positional argument of session.post() becomes the form body: call "
				+ "session.post(url, json=data, headers=header)";
	}

	static boolean isForm(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
