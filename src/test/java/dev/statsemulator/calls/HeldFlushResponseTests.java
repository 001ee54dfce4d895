package dev.statsemulator.calls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container sends an answer with a declared length as soon as that many bytes are
 * written, so the journal's entry must be recorded before the last byte goes out.
 */
class HeldFlushResponseTests {

	@Test
	void runsBeforeTheWriteThatCompletesADeclaredLength() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		List<Integer> bytesSentWhenRun = new ArrayList<>();
		HeldFlushResponse response = new HeldFlushResponse(container,
				() -> bytesSentWhenRun.add(container.getContentAsByteArray().length));
		byte[] answer = "{\"result\":{\"ping\":\"pong\"}}".getBytes(StandardCharsets.UTF_8);
		response.setContentLength(answer.length);
		response.getOutputStream().write(answer, 0, 10);
		assertThat(bytesSentWhenRun).isEmpty();
		response.getOutputStream().write(answer, 10, answer.length - 10);
		response.getOutputStream().flush();
		response.getOutputStream().close();
		assertThat(bytesSentWhenRun).containsExactly(10);
		assertThat(container.getContentAsByteArray()).isEqualTo(answer);
	}

	@Test
	void countsSingleBytesAndLengthsSetAsHeaders() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		List<Integer> bytesSentWhenRun = new ArrayList<>();
		HeldFlushResponse response = new HeldFlushResponse(container,
				() -> bytesSentWhenRun.add(container.getContentAsByteArray().length));
		response.setHeader("content-length", "3");
		response.getOutputStream().write('a');
		response.getOutputStream().write('b');
		assertThat(bytesSentWhenRun).isEmpty();
		response.getOutputStream().write('c');
		assertThat(bytesSentWhenRun).containsExactly(2);
	}

	@Test
	void countsTheWritersBytesInItsEncoding() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		container.setCharacterEncoding("UTF-8");
		List<String> sentWhenRun = new ArrayList<>();
		HeldFlushResponse response = new HeldFlushResponse(container,
				() -> sentWhenRun.add(new String(container.getContentAsByteArray(), StandardCharsets.UTF_8)));
		response.setContentLengthLong("Grüße".getBytes(StandardCharsets.UTF_8).length + 2);
		response.getWriter().write("Grüße");
		assertThat(sentWhenRun).isEmpty();
		response.getWriter().write("!!");
		assertThat(sentWhenRun).containsExactly("Grüße");
	}

	@Test
	void withoutADeclaredLengthTheEndOfTheCallRecords() throws Exception {
		MockHttpServletResponse container = new MockHttpServletResponse();
		List<Integer> runs = new ArrayList<>();
		HeldFlushResponse response = new HeldFlushResponse(container, () -> runs.add(1));
		response.getOutputStream().write(new byte[100]);
		response.flushBuffer();
		assertThat(runs).isEmpty();
		assertThat(container.isCommitted()).isFalse();
	}

}
