package dev.statsemulator.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The shape every API filter chain shares: CORS (from the one
 * {@code CorsConfigurationSource}), no CSRF (callers present tokens, not cookies), no
 * session, no saved requests, and a security context that lives for one request. Each
 * chain adds its own path, credential filter and error answers.
 */
public final class StatelessChain {

	private StatelessChain() {
	}

	public static HttpSecurity of(HttpSecurity http) throws Exception {
		return http.cors((cors) -> {
		})
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation((fixation) -> fixation.none()))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true));
	}

}
