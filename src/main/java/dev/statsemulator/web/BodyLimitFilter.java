package dev.statsemulator.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.ToLongFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of every request it sees, before anything reads it: a declared
 * {@code Content-Length} over the limit is answered at once, and a body without one
 * (chunked) is counted as it is read, so a reader gets {@link BodyTooLargeException} one
 * byte past the limit instead of holding the whole body. Nothing reads more than the
 * limit into memory. What is left of a refused body is swallowed by the server (up to
 * {@code server.tomcat.max-swallow-size}) so the client can read the answer.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

	/** Writes the 413 in the endpoint's own error shape. */
	@FunctionalInterface
	public interface TooLargeAnswer {

		void write(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException;

	}

	private final ToLongFunction<HttpServletRequest> limitOf;

	private final TooLargeAnswer answer;

	/**
	 * @param limitOf the limit of a request in bytes (negative: no limit)
	 * @param answer writes the 413
	 */
	public BodyLimitFilter(ToLongFunction<HttpServletRequest> limitOf, TooLargeAnswer answer) {
		this.limitOf = limitOf;
		this.answer = answer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.limitOf.applyAsLong(request);
		if (limit < 0) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			this.answer.write(request, response, limit);
			return;
		}
		LimitedBodyRequest limited = new LimitedBodyRequest(request, limit);
		try {
			chain.doFilter(limited, response);
		}
		catch (ServletException | RuntimeException ex) {
			// A reader outside a controller (a filter) hit the limit.
			if (BodyTooLargeException.in(ex) != null && !response.isCommitted()) {
				response.reset();
				this.answer.write(request, response, limit);
				return;
			}
			throw ex;
		}
	}

	/** A request whose body stream fails one byte past the limit. */
	static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedBodyRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null && Charset.isSupported(encoding)) ? Charset.forName(encoding)
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int read = this.in.read();
			if (read != -1) {
				count(1);
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int read) throws BodyTooLargeException {
			this.count += read;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
