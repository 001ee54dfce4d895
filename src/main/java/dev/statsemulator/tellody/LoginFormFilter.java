package dev.statsemulator.tellody;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a login that is not a login form with a 400 saying so, before Spring's form
 * login would turn it into "Bad credentials": a JSON body, missing fields, a remember-me
 * that is not a boolean. Wrong credentials still get the vendor's 401.
 */
class LoginFormFilter extends OncePerRequestFilter {

	private static final String FORM_EXAMPLE = "username=demo&password=demo-pass&remember-me=true";

	private final TellodyResponses responses;

	LoginFormFilter(TellodyResponses responses) {
		this.responses = responses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !TellodySecurityConfiguration.LOGIN
			.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> missing = new ArrayList<>();
		if (request.getParameter("username") == null) {
			missing.add("username");
		}
		if (request.getParameter("password") == null) {
			missing.add("password");
		}
		if (!missing.isEmpty()) {
			String received = HeadersAsBodyFilter.isForm(request.getContentType()) ? "a form without them"
					: "Content-Type " + ((request.getContentType() != null) ? request.getContentType() : "(none)");
			this.responses.badRequest(response, "Missing login field(s) " + String.join(", ", missing) + ": received "
					+ received + ". Log in with a form body (Content-Type: "
					+ "application/x-www-form-urlencoded) such as " + FORM_EXAMPLE
					+ " and the X-XSRF-TOKEN header; with python requests: session.post(url, data={'username': ..., "
					+ "'password': ..., 'remember-me': 'true'}, headers={'X-XSRF-TOKEN': token})");
			return;
		}
		String rememberMe = request.getParameter(TellodyRememberMeServices.PARAMETER);
		if (rememberMe != null) {
			String value = rememberMe.trim().toLowerCase(Locale.ROOT);
			if (!TellodyRememberMeServices.YES.contains(value) && !TellodyRememberMeServices.NO.contains(value)) {
				this.responses.badRequest(response,
						"remember-me: '" + rememberMe + "' is not a boolean; send true or false");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
