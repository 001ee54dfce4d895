package dev.statsemulator.calls;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body start was read ahead (to find the workspace and journal it) and is
 * replayed, followed by whatever the client sent beyond it.
 */
final class ReplayableRequest extends HttpServletRequestWrapper {

	private final SequenceInputStream body;

	ReplayableRequest(HttpServletRequest request, byte[] prefix) throws IOException {
		super(request);
		this.body = new SequenceInputStream(new ByteArrayInputStream(prefix), request.getInputStream());
	}

	@Override
	public ServletInputStream getInputStream() {
		return new ServletInputStream() {

			private boolean finished;

			@Override
			public int read() throws IOException {
				int read = ReplayableRequest.this.body.read();
				this.finished = read < 0;
				return read;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = ReplayableRequest.this.body.read(buffer, offset, length);
				this.finished = read < 0;
				return read;
			}

			@Override
			public boolean isFinished() {
				return this.finished;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("synchronous reads only");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null && Charset.isSupported(encoding)) ? Charset.forName(encoding)
				: StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

}
