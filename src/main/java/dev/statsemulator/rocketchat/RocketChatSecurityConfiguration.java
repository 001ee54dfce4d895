package dev.statsemulator.rocketchat;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.web.BodyLimitFilter;
import dev.statsemulator.web.StatelessChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rocket.Chat's own filter chain: every /api/v1 route but the login wants the
 * {@code X-User-Id} and {@code X-Auth-Token} headers (401 otherwise), and the engagement
 * dashboard also the {@code view-engagement-dashboard} permission (403 otherwise). The
 * license and the parameters are checked after these, by the routes, as the real server
 * does.
 */
@Configuration(proxyBeanMethods = false)
class RocketChatSecurityConfiguration {

	static final String PATHS = "/api/v1/**";

	static final String LOGIN = "/api/v1/login";

	/**
	 * The largest body of any Rocket.Chat request (the login is the only one that reads
	 * one): 1 MiB, far more than any login needs.
	 */
	static final long MAX_BODY_BYTES = 1_048_576;

	static final String VIEW_ENGAGEMENT_DASHBOARD = "view-engagement-dashboard";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 40)
	SecurityFilterChain rocketChatSecurity(HttpSecurity http, RocketChatCredentials credentials) throws Exception {
		return StatelessChain.of(http.securityMatcher(PATHS))
			.addFilterBefore(new BodyLimitFilter((request) -> MAX_BODY_BYTES,
					(request, response, limit) -> RocketChatErrors.write(response, RocketChatErrors.tooLarge(limit))),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new AuthTokenFilter(credentials), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN)
				.permitAll()
				.requestMatchers("/api/v1/engagement-dashboard/**")
				.hasAuthority(VIEW_ENGAGEMENT_DASHBOARD)
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> RocketChatErrors.write(response, RocketChatErrors.notLoggedIn()))
				.accessDeniedHandler(
						(request, response, ex) -> RocketChatErrors.write(response, RocketChatErrors.notPermitted())))
			.build();
	}

	/**
	 * Authenticates a request whose X-User-Id and X-Auth-Token belong to a Rocket.Chat
	 * user of some workspace; the user's permissions become its authorities.
	 */
	static final class AuthTokenFilter extends OncePerRequestFilter {

		private final RocketChatCredentials credentials;

		AuthTokenFilter(RocketChatCredentials credentials) {
			this.credentials = credentials;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String userId = request.getHeader("X-User-Id");
			String authToken = request.getHeader("X-Auth-Token");
			if (userId != null && authToken != null) {
				this.credentials.byToken(userId, authToken)
					.ifPresent(
							(account) -> SecurityContextHolder.getContext().setAuthentication(authenticated(account)));
			}
			chain.doFilter(request, response);
		}

		private static UsernamePasswordAuthenticationToken authenticated(RocketChatAccount account) {
			return UsernamePasswordAuthenticationToken.authenticated(account, null,
					account.permissions().stream().map(SimpleGrantedAuthority::new).toList());
		}

	}

}
