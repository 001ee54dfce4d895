package dev.statsemulator.tellody;

import java.security.SecureRandom;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.web.ForcedHeaderFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Tellody Campaign Cloud's session layer, like the vendor's Spring Security backend: an
 * HTTP session (cookie), an XSRF token per session handed out in the X-XSRF-TOKEN
 * response header of the ping and required as a request header on every POST, form login,
 * and a remember-me cookie.
 * <p>
 * The token is rotated at login (Spring's default), which is why the vendor's flow pings
 * again after logging in.
 */
@Configuration(proxyBeanMethods = false)
class TellodySecurityConfiguration {

	static final String PATH = "/CampaignCloud/**";

	static final String PING = "/CampaignCloud/RememberMeController/ping";

	static final String LOGIN = "/CampaignCloud/login";

	static final String XSRF_HEADER = "X-XSRF-TOKEN";

	/**
	 * Signs remember-me cookies, with a new key per start, so a restart ends those
	 * logins. A bean, so the call journal reads the same cookies.
	 */
	@Bean
	TellodyRememberMeServices tellodyRememberMeServices(TellodyCredentials credentials, EmulatorClock clock) {
		return new TellodyRememberMeServices(randomKey(), credentials, clock);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	SecurityFilterChain tellodySecurity(HttpSecurity http, TellodyRememberMeServices rememberMe,
			TellodyWorkspaces sessionWorkspaces, TellodyCredentials credentials, JsonMapper json,
			TellodyProperties properties, TellodyLoginAttempts loginAttempts) throws Exception {
		TellodyAuthenticationProvider passwords = new TellodyAuthenticationProvider(credentials,
				properties.failedLogins(), loginAttempts.attempts());
		TellodyResponses responses = new TellodyResponses(json, passwords);
		String key = rememberMe.key();
		// Only Tellody users, and no parent manager: no other credential can log in here.
		ProviderManager authentication = new ProviderManager(passwords, new RememberMeAuthenticationProvider(key));
		HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
		tokens.setHeaderName(XSRF_HEADER);
		return http.securityMatcher(PATH).cors((cors) -> {
		})
			.authenticationManager(authentication)
			// The plain handler: the ping's header carries the session's token itself,
			// and
			// the same value is valid for the whole session.
			.csrf((csrf) -> csrf.csrfTokenRepository(tokens)
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.successHandler(responses::loginSucceeded)
				.failureHandler(responses::loginFailed))
			.rememberMe((remember) -> remember.rememberMeServices(rememberMe).key(key))
			// Tellody answers JSON whatever the client accepts (browsers send text/html,
			// some libraries application/xml), so content negotiation never turns an
			// answer or an error into a 406 or an HTML error page.
			.addFilterBefore(new ForcedHeaderFilter(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE),
					CsrfFilter.class)
			.addFilterBefore(new HeadersAsBodyFilter(responses), CsrfFilter.class)
			.addFilterBefore(new LoginFormFilter(responses), UsernamePasswordAuthenticationFilter.class)
			// Before remember-me, so a cookie may log in again a user that is still
			// current.
			.addFilterBefore(new StaleLoginFilter(sessionWorkspaces), RememberMeAuthenticationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(PING, LOGIN).permitAll().anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(responses::notLoggedIn)
				.accessDeniedHandler(responses::accessDenied))
			.build();
	}

	private static String randomKey() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getEncoder().encodeToString(random);
	}

}
