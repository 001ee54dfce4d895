package dev.statsemulator.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A benchmark workspace: its traffic and one set of credentials per vendor, and a client
 * for each vendor's API as that vendor's users call it (Tellody's session with its XSRF
 * token, GetResponse's JSON-RPC key, Rocket.Chat's header tokens, Pushwoosh's
 * {@code Authorization: Api} token).
 */
final class BenchWorkspace {

	private final String id;

	private final TrafficModel traffic;

	private final ServiceClient http;

	private String xsrfToken;

	BenchWorkspace(String id, TrafficModel traffic, String baseUrl) {
		this.id = id;
		this.traffic = traffic;
		this.http = new ServiceClient(baseUrl);
	}

	String id() {
		return this.id;
	}

	TrafficModel traffic() {
		return this.traffic;
	}

	ServiceClient http() {
		return this.http;
	}

	/** The control API's PUT body: the time zone and credentials for all four vendors. */
	String settingsJson() {
		return """
				{"timezone": "%s",
				 "tellody": {"users": [{"username": "%s", "password": "%s"}]},
				 "getresponse": {"apiKeys": ["%s"]},
				 "rocketchat": {"license": true, "users": [{"userId": "%s", "authToken": "%s", "username": "%s",
				                "password": "%s", "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "%s", "applications": ["%s", "%s"]}]}}""".formatted(
				TrafficModel.ZONE.getId(), this.id, password(), getResponseKey(), rocketChatUser(), rocketChatToken(),
				this.id + "-admin", password(), pushwooshToken(), TrafficModel.PUSH_APP, TrafficModel.EMAIL_APP);
	}

	private String password() {
		return this.id + "-pass";
	}

	String getResponseKey() {
		return this.id + "-gr-key";
	}

	private String rocketChatUser() {
		return this.id + "-rc-user";
	}

	private String rocketChatToken() {
		return this.id + "-rc-token";
	}

	private String pushwooshToken() {
		return this.id + "-pw-token";
	}

	/** Tellody's documented flow: ping for the token, form login, ping again. */
	void tellodyLogin() {
		tellodyPing();
		this.http.send("POST", "/CampaignCloud/login", "application/x-www-form-urlencoded",
				"username=" + this.id + "&password=" + password() + "&remember-me=false", "X-XSRF-TOKEN",
				this.xsrfToken);
		tellodyPing();
	}

	private void tellodyPing() {
		HttpResponse<byte[]> ping = this.http.send("GET", "/CampaignCloud/RememberMeController/ping", null, null);
		this.xsrfToken = ping.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseThrow(() -> new IllegalStateException("Tellody ping answered no X-XSRF-TOKEN"));
	}

	HttpRequest tellody(String report, String json) {
		return this.http.request("POST", "/CampaignCloud/Report/" + report, "application/json", bytes(json),
				"X-XSRF-TOKEN", this.xsrfToken);
	}

	HttpRequest tellodyGet(String path) {
		return this.http.request("GET", "/CampaignCloud/" + path, null, null, "X-XSRF-TOKEN", this.xsrfToken);
	}

	/** The Cookie header of this workspace's Tellody session (for another client). */
	String cookie() {
		return this.http.cookieHeader(java.net.URI.create(this.http.baseUrl() + "/CampaignCloud/"));
	}

	HttpRequest getResponse(String method, String conditions) {
		return this.http.request("POST", "/", "application/json", bytes("""
				{"jsonrpc": "2.0", "method": "%s", "id": 1, "params": ["%s", %s]}""".formatted(method, getResponseKey(),
				conditions)));
	}

	HttpRequest rocketChat(String path) {
		return this.http.request("GET", "/api/v1/" + path, null, null, "X-User-Id", rocketChatUser(), "X-Auth-Token",
				rocketChatToken());
	}

	HttpRequest pushwoosh(String path, String json) {
		return this.http.request("POST", "/api/v2/" + path, "application/json", bytes(json), "Authorization",
				"Api " + pushwooshToken());
	}

	HttpRequest control(String adminToken, String path) {
		return this.http.request("GET", "/_emulator/v1/workspaces/" + this.id + path, null, null, "Authorization",
				"Bearer " + adminToken);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
