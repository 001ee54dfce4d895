package dev.statsemulator.getresponse;

import dev.statsemulator.web.ForcedHeaderFilter;
import dev.statsemulator.web.StatelessChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * GetResponse's filter chain for its JSON-RPC endpoint at "/". The API key travels inside
 * each JSON-RPC call (and a batch may mix keys), so it cannot be checked here: the
 * methods check it per call and answer the vendor's JSON-RPC error. This chain gives the
 * endpoint CORS for browser dashboards, no CSRF, no session, and reads every body as
 * JSON, whatever Content-Type the client sent: the vendor takes any (wrappers send none,
 * text/plain, a form type, even multipart), and without this a multipart type would make
 * the servlet layer parse the JSON body as form parts and lose it.
 */
@Configuration(proxyBeanMethods = false)
class GetResponseSecurityConfiguration {

	static final String PATH = "/";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 30)
	SecurityFilterChain getResponseSecurity(HttpSecurity http) throws Exception {
		return StatelessChain.of(http.securityMatcher(PATH))
			.addFilterBefore(new ForcedHeaderFilter(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE),
					DisableEncodeUrlFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

}
