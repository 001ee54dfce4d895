package dev.statsemulator.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps malformed requests from failing in the servlet layer, before any API can answer
 * them in its own error shape:
 * <ul>
 * <li>a multipart Content-Type (none of the emulated APIs takes one), a wildcard or a
 * malformed one is shown as {@code application/octet-stream}, so the layers below never
 * try to parse parts (a multipart type without a boundary made them fail with a 500) or
 * fail on the type itself;</li>
 * <li>query parameters with broken escapes (such as {@code %zz}), which the container
 * refuses to parse at all, are read leniently: the broken pairs are dropped and the
 * endpoint validates what is left.</li>
 * </ul>
 */
public final class RequestHygieneFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest hygienic = new HygienicRequest(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
			// The health endpoint answers JSON whatever the client accepts (the
			// Prometheus
			// scrape, under /actuator too, keeps its own text format).
			hygienic = new ForcedHeaderRequest(hygienic, HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		chain.doFilter(hygienic, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Whether the Content-Type is one no layer below can take as it is: a multipart type,
	 * a wildcard, or one that is not a media type at all.
	 */
	static boolean isUnusable(String contentType) {
		if (contentType == null) {
			return false;
		}
		if (contentType.trim().regionMatches(true, 0, "multipart/", 0, 10)) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	static final class HygienicRequest extends HttpServletRequestWrapper {

		private final boolean multipart;

		private Map<String, String[]> lenient;

		HygienicRequest(HttpServletRequest request) {
			super(request);
			this.multipart = isUnusable(request.getContentType());
		}

		@Override
		public String getContentType() {
			return this.multipart ? MediaType.APPLICATION_OCTET_STREAM_VALUE : super.getContentType();
		}

		@Override
		public String getHeader(String name) {
			return (this.multipart && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name))
					? MediaType.APPLICATION_OCTET_STREAM_VALUE : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return (this.multipart && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name))
					? Collections.enumeration(List.of(MediaType.APPLICATION_OCTET_STREAM_VALUE))
					: super.getHeaders(name);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.lenient != null) {
				return this.lenient;
			}
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				// The container refused the parameters (a broken escape, too many):
				// read the query string leniently instead.
				this.lenient = Collections.unmodifiableMap(lenient(getQueryString()));
				return this.lenient;
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

		private static Map<String, String[]> lenient(String query) {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			if (query == null) {
				return parameters;
			}
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				try {
					String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
							StandardCharsets.UTF_8);
					String value = (equals < 0) ? ""
							: URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					String[] existing = parameters.get(name);
					String[] values = (existing == null) ? new String[1]
							: java.util.Arrays.copyOf(existing, existing.length + 1);
					values[values.length - 1] = value;
					parameters.put(name, values);
				}
				catch (IllegalArgumentException ex) {
					// A broken escape: the pair is dropped.
				}
			}
			return parameters;
		}

	}

}
