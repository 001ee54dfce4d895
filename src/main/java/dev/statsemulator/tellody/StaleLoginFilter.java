package dev.statsemulator.tellody;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login that outlived its credentials: on every request, a session's user must
 * still be the same user of the same workspace. Otherwise the session is invalidated and
 * the request goes on as not logged in (a remember-me cookie may still log in a user that
 * is current), so reports and UserInfo answer the not-logged-in 401 and never read a
 * workspace the user no longer belongs to, nor one recreated under the same id.
 */
class StaleLoginFilter extends OncePerRequestFilter {

	/** Request attribute telling the 401 why the login ended. */
	static final String ENDED = StaleLoginFilter.class.getName() + ".ENDED";

	private final TellodyWorkspaces workspaces;

	StaleLoginFilter(TellodyWorkspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TellodyUser user
				&& !this.workspaces.isCurrent(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			request.setAttribute(ENDED, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

}
