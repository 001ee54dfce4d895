package dev.statsemulator.calls;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
 * <p>
 * One more way an answer ends early: a response with a declared {@code Content-Length} is
 * complete, and the container sends it, as soon as that many bytes are written. So this
 * response counts the bytes written and runs {@code beforeComplete} (once) before the
 * write that reaches the declared length.
 */
final class HeldFlushResponse extends HttpServletResponseWrapper {

	private static final String CONTENT_LENGTH = "Content-Length";

	private final Runnable beforeComplete;

	private long declaredLength = -1;

	private long written;

	private boolean completed;

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	HeldFlushResponse(HttpServletResponse response, Runnable beforeComplete) {
		super(response);
		this.beforeComplete = beforeComplete;
	}

	@Override
	public void flushBuffer() {
		// Held: the container flushes at the end of the request.
	}

	@Override
	public void setContentLength(int length) {
		this.declaredLength = length;
		super.setContentLength(length);
	}

	@Override
	public void setContentLengthLong(long length) {
		this.declaredLength = length;
		super.setContentLengthLong(length);
	}

	@Override
	public void setHeader(String name, @Nullable String value) {
		noteContentLength(name, value);
		super.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, @Nullable String value) {
		noteContentLength(name, value);
		super.addHeader(name, value);
	}

	@Override
	public void setIntHeader(String name, int value) {
		noteContentLength(name, Integer.toString(value));
		super.setIntHeader(name, value);
	}

	@Override
	public void addIntHeader(String name, int value) {
		noteContentLength(name, Integer.toString(value));
		super.addIntHeader(name, value);
	}

	@Override
	public void reset() {
		super.reset();
		this.declaredLength = -1;
		this.written = 0;
	}

	@Override
	public void resetBuffer() {
		super.resetBuffer();
		this.written = 0;
	}

	private void noteContentLength(String name, @Nullable String value) {
		if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
			try {
				this.declaredLength = (value != null) ? Long.parseLong(value.trim()) : -1;
			}
			catch (NumberFormatException ex) {
				this.declaredLength = -1;
			}
		}
	}

	/** Called before {@code bytes} more bytes go to the container. */
	private void beforeWriting(long bytes) {
		if (!this.completed && this.declaredLength >= 0 && this.written + bytes >= this.declaredLength) {
			this.completed = true;
			this.beforeComplete.run();
		}
		this.written += bytes;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			ServletOutputStream out = super.getOutputStream();
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					beforeWriting(1);
					out.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					beforeWriting(length);
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
			Charset charset = charset();
			this.writer = new PrintWriter(new Writer() {

				@Override
				public void write(char[] chars, int offset, int length) {
					beforeWriting(new String(chars, offset, length).getBytes(charset).length);
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

	private Charset charset() {
		try {
			return Charset.forName(getCharacterEncoding());
		}
		catch (RuntimeException ex) {
			return StandardCharsets.ISO_8859_1;
		}
	}

}
