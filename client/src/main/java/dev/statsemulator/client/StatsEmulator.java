package dev.statsemulator.client;

/**
 * A running emulator as a test sees it: each vendor's base URL, the credentials of its
 * workspaces, and the control API. Point a vendor client at the URL of its vendor and
 * change nothing else.
 */
public final class StatsEmulator {

	private final String baseUrl;

	private final String adminToken;

	private final Control control;

	public StatsEmulator(String baseUrl, String adminToken) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.adminToken = adminToken;
		this.control = new Control(this.baseUrl, adminToken);
	}

	/** e.g. {@code http://localhost:41234}, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public String adminToken() {
		return this.adminToken;
	}

	/** GetResponse API 1.5's JSON-RPC endpoint: the host root, with its slash. */
	public String getResponseUrl() {
		return this.baseUrl + "/";
	}

	/** Tellody Campaign Cloud's base: {@code .../CampaignCloud}. */
	public String tellodyUrl() {
		return this.baseUrl + "/CampaignCloud";
	}

	/** Rocket.Chat's server URL (its REST API is under /api/v1). */
	public String rocketChatUrl() {
		return this.baseUrl;
	}

	/** Pushwoosh's API host (the Statistics API v2 is under /api/v2). */
	public String pushwooshUrl() {
		return this.baseUrl;
	}

	/**
	 * The credentials of a workspace seeded from files or created through the control
	 * API.
	 */
	public Credentials credentials(String workspaceId) {
		return this.control.credentials(workspaceId);
	}

	/** The control API as typed calls. */
	public Control control() {
		return this.control;
	}

}
