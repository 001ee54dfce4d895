package dev.statsemulator.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the layers below see one request header with a fixed value, whatever the client
 * sent: for vendors that read every body as JSON ({@code Content-Type}) or answer JSON to
 * every client ({@code Accept}).
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
		String header = this.header;
		String value = this.value;
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public @Nullable String getContentType() {
				return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(header) ? value : super.getContentType();
			}

			@Override
			public @Nullable String getHeader(String name) {
				return header.equalsIgnoreCase(name) ? value : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return header.equalsIgnoreCase(name) ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
			}

		}, response);
	}

}
