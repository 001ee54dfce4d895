package dev.statsemulator.getresponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * GetResponse's filter chain for its JSON-RPC endpoint at "/". The API key travels inside
 * each JSON-RPC call (and a batch may mix keys), so it cannot be checked here: the
 * methods check it per call and answer the vendor's JSON-RPC error. This chain gives the
 * endpoint CORS for browser dashboards, no CSRF, no session, and reads every body as JSON
 * ({@link JsonBodyFilter}).
 */
@Configuration(proxyBeanMethods = false)
class GetResponseSecurityConfiguration {

	static final String PATH = "/";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 30)
	SecurityFilterChain getResponseSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher(PATH).cors((cors) -> {
		})
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation((fixation) -> fixation.none()))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.addFilterBefore(new JsonBodyFilter(), DisableEncodeUrlFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

}
