package dev.statsemulator.calls;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;

/**
 * A response whose flushes and closes wait for the end of the request: what a handler
 * writes reaches the client when the container's buffer fills or the request ends, not
 * when the handler (or a message converter) flushes. So a call is in the journal before
 * its client can have read the end of its answer, and a test that asks the journal right
 * after a call finds it.
 */
final class HeldFlushResponse extends HttpServletResponseWrapper {

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	HeldFlushResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void flushBuffer() {
		// Held: the container flushes at the end of the request.
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			ServletOutputStream out = super.getOutputStream();
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					out.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					out.write(bytes, offset, length);
				}

				@Override
				public void flush() {
					// Held.
				}

				@Override
				public void close() {
					// Held: the container closes the stream at the end of the request.
				}

				@Override
				public boolean isReady() {
					return out.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					out.setWriteListener(listener);
				}

			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			PrintWriter out = super.getWriter();
			this.writer = new PrintWriter(new Writer() {

				@Override
				public void write(char[] chars, int offset, int length) {
					out.write(chars, offset, length);
				}

				@Override
				public void flush() {
					// Held.
				}

				@Override
				public void close() {
					// Held.
				}

			});
		}
		return this.writer;
	}

}
