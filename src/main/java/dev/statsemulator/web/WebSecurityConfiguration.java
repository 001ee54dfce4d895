package dev.statsemulator.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import dev.statsemulator.EmulatorProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * What every filter chain shares: CORS for browser dashboards on other origins, and the
 * chain for whatever no vendor or control chain claims (the public health endpoint,
 * unknown paths).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/**
	 * Used by every chain that calls {@code http.cors(...)}. Credentials (Tellody's
	 * session cookie) are allowed only for the configured origins, loopback by default,
	 * so a page on another site cannot read a logged-in user's reports. A {@code *} in
	 * the list lets any other origin read answers, without credentials: the browser then
	 * sends no cookie. An origin is never reflected with credentials unless configured.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(EmulatorProperties properties) {
		List<String> configured = properties.cors().allowedOrigins();
		List<String> trusted = configured.stream().filter((origin) -> !origin.trim().equals("*")).toList();
		CorsConfiguration withCredentials = base();
		withCredentials.setAllowedOriginPatterns(trusted);
		// Session logins use a cookie.
		withCredentials.setAllowCredentials(true);
		CorsConfiguration anyOrigin = null;
		if (trusted.size() < configured.size()) {
			anyOrigin = base();
			anyOrigin.setAllowedOrigins(List.of("*"));
			anyOrigin.setAllowCredentials(false);
		}
		CorsConfiguration publicReads = anyOrigin;
		return (request) -> {
			String origin = request.getHeader("Origin");
			if (publicReads == null || (origin != null && withCredentials.checkOrigin(origin) != null)) {
				return withCredentials;
			}
			return publicReads;
		};
	}

	private static CorsConfiguration base() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("*"));
		// A session login's XSRF token travels in a response header that browser code
		// must be able to read.
		cors.setExposedHeaders(List.of("X-XSRF-TOKEN"));
		cors.setMaxAge(3600L);
		return cors;
	}

	/**
	 * Before everything else, Spring Security included: see {@link RequestHygieneFilter}.
	 */
	@Bean
	FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
		FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(
				new RequestHygieneFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
		return StatelessChain.of(http).authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

}
