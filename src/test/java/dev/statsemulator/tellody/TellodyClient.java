package dev.statsemulator.tellody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Tellody client as the vendor's documented flow uses it: one cookie jar, the XSRF
 * token from the ping's response header, form login, JSON reports.
 */
final class TellodyClient {

	static final String PING = "/CampaignCloud/RememberMeController/ping";

	static final String LOGIN = "/CampaignCloud/login";

	static final String CONTACT_CHART = "/CampaignCloud/Report/ContactChart";

	static final String UNIQUE_CODE = "/CampaignCloud/Report/UniqueCode";

	static final String USER_INFO = "/CampaignCloud/UserInfo";

	private final Http http;

	private String token;

	TellodyClient(Http http) {
		this.http = http;
	}

	Http http() {
		return this.http;
	}

	String token() {
		return this.token;
	}

	/** GET ping; keeps the X-XSRF-TOKEN it answers. */
	Response ping() {
		Response response = this.http.get(PING);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		this.token = response.header("X-XSRF-TOKEN");
		assertThat(this.token).as("X-XSRF-TOKEN response header").isNotBlank();
		return response;
	}

	Response login(String username, String password, boolean rememberMe) {
		return this.http.withHeader("X-XSRF-TOKEN", this.token)
			.post(LOGIN, "application/x-www-form-urlencoded",
					"username=" + encode(username) + "&password=" + encode(password) + "&remember-me=" + rememberMe);
	}

	/** The documented flow up to the report: ping, login, ping. */
	TellodyClient loggedIn(String username, String password) {
		ping();
		Response login = login(username, password, false);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		ping();
		return this;
	}

	/** A report call as the vendor's clients send it: JSON body and the XSRF header. */
	Response post(String path, String json) {
		return this.http.withHeader("X-XSRF-TOKEN", this.token).postJson(path, json);
	}

	Response contactChart(String json) {
		return post(CONTACT_CHART, json);
	}

	Response uniqueCode(String json) {
		return post(UNIQUE_CODE, json);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
