package dev.statsemulator.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A request whose one header has a fixed value, whatever the client sent: a vendor that
 * reads every body as JSON ({@code Content-Type}) or answers JSON to every client
 * ({@code Accept}).
 */
public class ForcedHeaderRequest extends HttpServletRequestWrapper {

	private final String header;

	private final String value;

	public ForcedHeaderRequest(HttpServletRequest request, String header, String value) {
		super(request);
		this.header = header;
		this.value = value;
	}

	@Override
	public @Nullable String getContentType() {
		return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(this.header) ? this.value : super.getContentType();
	}

	@Override
	public @Nullable String getHeader(String name) {
		return this.header.equalsIgnoreCase(name) ? this.value : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return this.header.equalsIgnoreCase(name) ? Collections.enumeration(List.of(this.value))
				: super.getHeaders(name);
	}

}
