package dev.statsemulator.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a module answers requests under its paths that the firewall rejects before any
 * filter chain runs (a path parameter such as {@code ;x=1}, an encoded slash...). A
 * module that wants its own error shape there declares one as a bean; other paths get the
 * default (a 400 through the error page).
 */
public interface RejectedRequestAnswer {

	/** Whether this answers a request for {@code path} (without the context path). */
	boolean answers(String path);

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
