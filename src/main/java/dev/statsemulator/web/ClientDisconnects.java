package dev.statsemulator.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client that goes away before its answer is written ({@code curl ... | head}, a closed
 * browser tab) is not a fault of the emulator: logged at DEBUG, before any API's error
 * advice would log it as an unexpected ERROR and try to answer a closed connection.
 */
@Component
class ClientDisconnects implements HandlerExceptionResolver, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(ClientDisconnects.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isDisconnect(ex)) {
			return null;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
		}
		return new ModelAndView();
	}

	static boolean isDisconnect(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof AsyncRequestNotUsableException
					|| cause.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
				return true;
			}
			if (cause instanceof IOException && cause.getMessage() != null) {
				String message = cause.getMessage().toLowerCase(Locale.ROOT);
				if (message.contains("broken pipe") || message.contains("connection reset by peer")) {
					return true;
				}
			}
		}
		return false;
	}

}
