package dev.statsemulator.pushwoosh;

import org.junit.jupiter.api.Test;

import dev.statsemulator.eventstore.EventCursor;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PaginationTokensTests {

	private final PaginationTokens tokens = new PaginationTokens("");

	@Test
	void aTokenLeadsBackToItsPositionWithTheSameFilters() {
		EventCursor cursor = new EventCursor(1_722_697_445_123L, 42);
		String token = this.tokens.issue(cursor, "filters-a");
		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(this.tokens.issue(cursor, "filters-a")).as("stable").isEqualTo(token);
		assertThat(this.tokens.read(token, "filters-a")).isEqualTo(cursor);
	}

	@Test
	void otherFiltersForgedBytesAndGarbageAreRefusedAs400() {
		String token = this.tokens.issue(new EventCursor(1000, 7), "filters-a");
		assertRefused(token, "filters-b");
		// Move the position by one byte and keep the signature.
		char[] chars = token.toCharArray();
		chars[5] = (chars[5] == 'A') ? 'B' : 'A';
		assertRefused(new String(chars), "filters-a");
		assertRefused("not base64!", "filters-a");
		assertRefused(token.substring(0, 20), "filters-a");
		assertRefused("", "filters-a");
	}

	@Test
	void tokensOfAnotherKeyAreRefused() {
		String token = new PaginationTokens("one secret").issue(new EventCursor(1000, 7), "f");
		assertThat(new PaginationTokens("one secret").read(token, "f")).isEqualTo(new EventCursor(1000, 7));
		assertRefused(token, "f");
	}

	private void assertRefused(String token, String filters) {
		assertThatExceptionOfType(PushwooshException.class).isThrownBy(() -> this.tokens.read(token, filters))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

}
