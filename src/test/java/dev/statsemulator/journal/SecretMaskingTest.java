package dev.statsemulator.journal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskingTest {

	@Test
	void queryStringsKeepTheirNamesAndLoseTheirCredentials() {
		assertThat(SecretMasking.query("start=2024-01-01T00:00:00.000Z&end=2024-01-02T00:00:00.000Z"))
			.isEqualTo("start=2024-01-01T00:00:00.000Z&end=2024-01-02T00:00:00.000Z");
		assertThat(SecretMasking.query("auth=pw-1&application=1DC69-73EDB"))
			.isEqualTo("auth=***&application=1DC69-73EDB");
		assertThat(SecretMasking.query("a=1&Token=t&api_key=k&authToken=x&password=p&keyword=fine"))
			.isEqualTo("a=1&Token=***&api_key=***&authToken=***&password=***&keyword=fine");
		assertThat(SecretMasking.query(null)).isNull();
		assertThat(SecretMasking.query("")).isEmpty();
	}

	@Test
	void bodiesAndHeadersAreMasked() {
		assertThat(SecretMasking.body("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"key-1\"],\"id\":1}"))
			.doesNotContain("key-1")
			.contains("\"params\":[\"***\"]");
		assertThat(SecretMasking.body("username=demo&password=demo-pass")).isEqualTo("username=demo&password=***");
		assertThat(SecretMasking.headers(java.util.Map.of("Authorization", java.util.List.of("Api t-1"), "Cookie",
				java.util.List.of("JSESSIONID=abc; XSRF-TOKEN=def")))
			.toString()).doesNotContain("t-1", "abc", "def").contains("Api ***", "JSESSIONID=***");
	}

}
