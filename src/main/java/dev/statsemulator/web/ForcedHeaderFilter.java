package dev.statsemulator.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the layers below see one request header with a fixed value, whatever the client
 * sent ({@link ForcedHeaderRequest}).
 */
public final class ForcedHeaderFilter extends OncePerRequestFilter {

	private final String header;

	private final String value;

	public ForcedHeaderFilter(String header, String value) {
		this.header = header;
		this.value = value;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new ForcedHeaderRequest(request, this.header, this.value), response);
	}

}
