package dev.statsemulator.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.control.AdminToken;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages and documents a browser or a scraper reads without a vendor's credentials:
 * the OpenAPI documents, Swagger UI, the dashboard's scripts and styles (the page itself
 * is {@code GET /}, in GetResponse's chain), and {@code /actuator/prometheus}, which
 * wants the admin token when {@code emulator.metrics.require-admin-token} is set. Every
 * path the emulator opens to browsers is listed here, in one place.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurityConfiguration {

	static final String[] PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
			"/dashboard/**", "/webjars/**", "/actuator/prometheus" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 60)
	SecurityFilterChain publicPagesSecurity(HttpSecurity http, AdminToken adminToken,
			ObservabilityProperties properties) throws Exception {
		return http.securityMatcher(PATHS).cors((cors) -> {
		})
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation((fixation) -> fixation.none()))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.addFilterBefore(new MetricsTokenFilter(adminToken, properties.requireAdminToken()),
					BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

	/** Answers 401 to a scrape without the admin token, when the setting asks for it. */
	static final class MetricsTokenFilter extends OncePerRequestFilter {

		private final AdminToken adminToken;

		private final boolean required;

		MetricsTokenFilter(AdminToken adminToken, boolean required) {
			this.adminToken = adminToken;
			this.required = required;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.required && request.getRequestURI().startsWith("/actuator/prometheus")) {
				String header = request.getHeader(HttpHeaders.AUTHORIZATION);
				boolean ok = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
						&& this.adminToken.matches(header.substring(7).trim());
				if (!ok) {
					response.setStatus(HttpStatus.UNAUTHORIZED.value());
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"stats-emulator\"");
					response.setContentType(MediaType.TEXT_PLAIN_VALUE);
					response.getWriter()
						.write("Send the admin token as 'Authorization: Bearer <token>' "
								+ "(emulator.metrics.require-admin-token is set)\n");
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
