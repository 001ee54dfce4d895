package dev.statsemulator.getresponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every JSON-RPC request look like JSON to the layers below, whatever Content-Type
 * the client sent: the vendor takes any (wrappers send none, text/plain, a form type,
 * even multipart), and without this a multipart type would make the servlet layer parse
 * the JSON body as form parts and lose it.
 */
class JsonBodyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getContentType() {
				return MediaType.APPLICATION_JSON_VALUE;
			}

			@Override
			public String getHeader(String name) {
				return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE
						: super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
						? Collections.enumeration(java.util.List.of(MediaType.APPLICATION_JSON_VALUE))
						: super.getHeaders(name);
			}

		}, response);
	}

}
