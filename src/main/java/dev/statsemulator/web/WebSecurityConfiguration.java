package dev.statsemulator.web;

import java.util.List;

import dev.statsemulator.EmulatorProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * What every filter chain shares: CORS for browser dashboards on other origins, and the
 * chain for whatever no vendor or control chain claims (the public health endpoint,
 * unknown paths).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** Used by every chain that calls {@code http.cors(...)}. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(EmulatorProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.cors().allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("*"));
		// A session login's XSRF token travels in a response header that browser code
		// must be
		// able to read.
		cors.setExposedHeaders(List.of("X-XSRF-TOKEN"));
		// Session logins use a cookie.
		cors.setAllowCredentials(true);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
		return StatelessChain.of(http).authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

}
