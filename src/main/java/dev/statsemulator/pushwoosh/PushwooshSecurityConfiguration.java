package dev.statsemulator.pushwoosh;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.web.RejectedRequestAnswer;
import dev.statsemulator.web.StatelessChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The Statistics API v2's own filter chain: an API access token on every /api/v2 request,
 * resolved to one workspace and the applications it may read.
 */
@Configuration(proxyBeanMethods = false)
class PushwooshSecurityConfiguration {

	static final String PATH = "/api/v2/**";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain pushwooshSecurity(HttpSecurity http, PushwooshCredentials credentials) throws Exception {
		return StatelessChain.of(http.securityMatcher(PATH))
			.addFilterBefore(new PushwooshTokenFilter(credentials), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> writeError(request, response,
						HttpStatus.UNAUTHORIZED, PushwooshTokenFilter.MISSING_TOKEN))
				.accessDeniedHandler((request, response, ex) -> writeError(request, response, HttpStatus.FORBIDDEN,
						"access denied")))
			.build();
	}

	/**
	 * Requests the firewall rejects before any filter chain (a path parameter such as
	 * {@code ;x=1}, an encoded slash...): under /api/v2 a 400 in the endpoint's style.
	 */
	@Bean
	RejectedRequestAnswer pushwooshRejectedRequests() {
		return new RejectedRequestAnswer() {

			@Override
			public boolean answers(String path) {
				return path.startsWith(PushwooshEndpoints.PREFIX);
			}

			@Override
			public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
				writeError(request, response, HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReasonPhrase());
			}

		};
	}

	/** Writes an error in the style of the endpoint the request is for. */
	static void writeError(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(ErrorStyle.of(request).body(status, message));
	}

}
