package dev.statsemulator.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.web.BodyLimitFilter;
import dev.statsemulator.web.StatelessChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The control API's own filter chain: a bearer admin token on every /_emulator request.
 */
@Configuration(proxyBeanMethods = false)
class ControlSecurityConfiguration {

	static final String PATH = "/_emulator/**";

	/** The event ingest path, whose body limit is larger. */
	private static final Pattern INGEST = Pattern.compile(".*/_emulator/v1/workspaces/[^/]+/events/?");

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain controlApiSecurity(HttpSecurity http, AdminToken adminToken, EmulatorProperties properties)
			throws Exception {
		long ingestLimit = properties.ingest().maxBodySize().toBytes();
		long controlLimit = properties.control().maxBodySize().toBytes();
		return StatelessChain.of(http.securityMatcher(PATH))
			.addFilterBefore(new BodyLimitFilter(
					(request) -> INGEST.matcher(request.getRequestURI()).matches() ? ingestLimit : controlLimit,
					ControlSecurityConfiguration::tooLarge), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(adminToken), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"stats-emulator\"");
				// Bytes, not the writer: the servlet container would declare ISO-8859-1
				// for it,
				// and JSON is UTF-8.
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream()
					.write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
							+ "\"detail\":\"Send the admin token as 'Authorization: Bearer <token>' "
							+ "(emulator.admin-token / EMULATOR_ADMIN_TOKEN, else the one in <data-dir>/admin-token)\","
							+ "\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}")
						.getBytes(StandardCharsets.UTF_8));
			}))
			.build();
	}

	/** The 413 of a body over the limit, as problem details. */
	static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Bytes, not the writer: the container would declare ISO-8859-1 for it.
		response.getOutputStream().write(tooLargeJson(limit, request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
	}

	static String tooLargeJson(long limit, String instance) {
		return "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
				+ "\"detail\":\"The request body is larger than the limit of " + limit + " bytes for this endpoint "
				+ "(emulator.ingest.max-body-size for event ingest, emulator.control.max-body-size for the rest)\","
				+ "\"instance\":\"" + instance.replace("\"", "").replace("\\", "") + "\"}";
	}

	/** Authenticates a request whose Authorization header carries the admin token. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final AdminToken adminToken;

		BearerTokenFilter(AdminToken adminToken) {
			this.adminToken = adminToken;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& this.adminToken.matches(header.substring(7).trim())) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
							List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
			}
			chain.doFilter(request, response);
		}

	}

}
