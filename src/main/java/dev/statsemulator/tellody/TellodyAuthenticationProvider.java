package dev.statsemulator.tellody;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a form login's username and password against the workspaces' Tellody users.
 * Deliberately not a bean: only the Tellody chain may authenticate with it.
 */
class TellodyAuthenticationProvider implements AuthenticationProvider {

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_TELLODY_USER"));

	private final TellodyCredentials credentials;

	TellodyAuthenticationProvider(TellodyCredentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		return this.credentials.authenticate(username, (password != null) ? password.toString() : null)
			.map((account) -> UsernamePasswordAuthenticationToken.authenticated(TellodyUser.of(account), null,
					AUTHORITIES))
			.orElseThrow(() -> new BadCredentialsException("Bad credentials"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
