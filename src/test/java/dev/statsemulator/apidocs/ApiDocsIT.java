package dev.statsemulator.apidocs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents cover every endpoint, and their examples work as Swagger UI's
 * "Try it out" sends them.
 */
class ApiDocsIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> GROUPS = List.of("control", "tellody", "getresponse", "rocketchat", "pushwoosh");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Map<String, JsonNode> documents() {
		Map<String, JsonNode> documents = new HashMap<>();
		for (String group : GROUPS) {
			Response doc = http().get("/v3/api-docs/" + group);
			assertThat(doc.status()).as(group).isEqualTo(200);
			assertThat(doc.json().path("openapi").asString()).startsWith("3.1");
			documents.put(group, doc.json());
		}
		return documents;
	}

	@Test
	void everyEndpointHasADocumentedOperation() {
		Map<String, JsonNode> documents = documents();
		Set<String> documented = new TreeSet<>();
		documents.values()
			.forEach((doc) -> doc.path("paths")
				.properties()
				.forEach((path) -> path.getValue()
					.properties()
					.forEach((op) -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()))));
		List<String> missing = new ArrayList<>();
		int endpoints = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("dev.statsemulator")
					|| ApiDocsConfiguration.isCatchAll(handler.getMethod())
					|| handler.hasMethodAnnotation(Hidden.class)) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods) {
					endpoints++;
					if (!documented.contains(method.name() + " " + pattern)) {
						missing.add(method + " " + pattern + " (" + handler + ")");
					}
				}
			}
		}
		assertThat(endpoints).isGreaterThan(25);
		assertThat(missing).as("endpoints without a documented operation").isEmpty();
		// Served by a security filter, not a controller: documented by hand.
		assertThat(documented).contains("POST /CampaignCloud/login");
	}

	@Test
	void everyOperationDocumentsItsErrorsAndEveryVendorItsAuth() {
		Map<String, JsonNode> documents = documents();
		documents.forEach((group,
				doc) -> doc.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((op) -> {
					String name = group + " " + op.getKey() + " " + path.getKey();
					boolean page = path.getKey().equals("/") && op.getKey().equals("get");
					boolean ping = path.getKey().endsWith("/ping");
					boolean rpc = group.equals("getresponse");
					if (!page && !ping && !rpc) {
						assertThat(op.getValue()
							.path("responses")
							.propertyNames()
							.stream()
							.anyMatch((s) -> s.startsWith("4"))).as(name + " documents an error").isTrue();
					}
					// Generation takes an optional body; a workspace's reset reads none.
					boolean bodiless = path.getKey().endsWith("/generate")
							|| path.getKey().equals("/_emulator/v1/workspaces/{id}/reset");
					if (op.getKey().equals("post") && !bodiless) {
						assertThat(op.getValue().path("requestBody").path("content").isEmpty()).as(name + " has a body")
							.isFalse();
					}
				})));
		JsonNode schemes = documents.get("pushwoosh").path("components").path("securitySchemes");
		assertThat(schemes.path("pushwooshToken").path("name").asString()).isEqualTo("Authorization");
		assertThat(documents.get("rocketchat")
			.path("components")
			.path("securitySchemes")
			.path("rocketChatUserId")
			.path("name")
			.asString()).isEqualTo("X-User-Id");
		assertThat(documents.get("tellody")
			.path("components")
			.path("securitySchemes")
			.path("tellodySession")
			.path("in")
			.asString()).isEqualTo("cookie");
		assertThat(documents.get("control")
			.path("components")
			.path("securitySchemes")
			.path("adminToken")
			.path("scheme")
			.asString()).isEqualTo("bearer");
		// snake_case as the vendor takes it, not the Java names.
		assertThat(documents.get("pushwoosh")
			.path("components")
			.path("schemas")
			.path("TotalsByIntervalsRequest")
			.path("properties")
			.has("message_code")).isTrue();
		JsonNode rpc = documents.get("getresponse").path("paths").path("/").path("post");
		assertThat(rpc.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("discriminator")
			.path("propertyName")
			.asString()).isEqualTo("method");
		assertThat(rpc.path("requestBody").path("content").path("application/json").path("examples").propertyNames())
			.contains("get_messages", "get_message_stats", "get_message");
	}

	@Test
	void swaggerUiIsServedFromTheJarWithEveryApi() {
		Response page = http().get("/swagger-ui/index.html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("https://", "cdn");
		Response config = http().get("/v3/api-docs/swagger-config");
		assertThat(config.status()).isEqualTo(200);
		List<String> urls = new ArrayList<>();
		config.json().path("urls").forEach((url) -> urls.add(url.path("url").asString()));
		assertThat(urls).containsExactlyInAnyOrder("/v3/api-docs/control", "/v3/api-docs/tellody",
				"/v3/api-docs/getresponse", "/v3/api-docs/rocketchat", "/v3/api-docs/pushwoosh");
	}

	/**
	 * What Try it out fills in by itself: the demo workspace as the control API's {id}, a
	 * stats type, the login form's demo fields with typed values, and no parameter a
	 * client cannot send (ping's session XSRF token is resolved by Spring, not sent).
	 */
	@Test
	void tryItOutFillsInTheDemoAndAsksForNothingAClientCannotSend() {
		Map<String, JsonNode> documents = documents();
		JsonNode control = documents.get("control").path("paths");
		control.properties().forEach((path) -> path.getValue().properties().forEach((op) -> {
			op.getValue().path("parameters").forEach((parameter) -> {
				if (parameter.path("in").asString().equals("path") && parameter.path("name").asString().equals("id")) {
					assertThat(parameter.path("example").asString()).as(op.getKey() + " " + path.getKey())
						.isEqualTo("demo");
				}
			});
		}));
		JsonNode tellody = documents.get("tellody").path("paths");
		assertThat(tellody.path("/CampaignCloud/RememberMeController/ping").path("get").path("parameters").isEmpty())
			.isTrue();
		JsonNode form = tellody.path("/CampaignCloud/login")
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/x-www-form-urlencoded")
			.path("schema")
			.path("properties");
		assertThat(form.path("username").path("default").asString()).isEqualTo("demo");
		assertThat(form.path("password").path("default").asString()).isEqualTo("demo-pass");
		assertThat(form.path("remember-me").path("type").asString()).isEqualTo("boolean");
		// Every documents' booleans are typed (an untyped one is sent as the text
		// "string").
		documents.forEach((group, doc) -> assertThat(doc.toString()).as(group)
			.doesNotContain("\"access-denied\":{}", "\"success\":{}", "\"remember-me\":{}"));
	}

	/**
	 * One operation per API, sent as Swagger UI sends it from the document's examples.
	 */
	@Test
	void tryItOutAnswersForAnOperationOfEveryApi() throws Exception {
		// The demo's credentials, as the examples carry them.
		putDemoWorkspace(admin());
		admin().postJson("/_emulator/v1/workspaces/demo/generate", "{\"days\": 3, \"eventsPerDay\": 300}");
		Map<String, JsonNode> documents = documents();

		// Control: GET /clock with the bearer scheme.
		assertThat(admin().get("/_emulator/v1/clock").status()).isEqualTo(200);

		// Pushwoosh: the example body carries the token.
		JsonNode list = example(documents.get("pushwoosh"), "/api/v2/messages:list", "post", "the demo");
		Response messages = http().postJson("/api/v2/messages:list", JSON.writeValueAsString(list));
		assertThat(messages.status()).as(messages.body()).isEqualTo(200);
		assertThat(messages.json().path("total").asLong()).isPositive();

		// GetResponse: the ping example.
		JsonNode ping = example(documents.get("getresponse"), "/", "post", "ping (JSON-RPC 1.0)");
		Response pong = http().postJson("/", JSON.writeValueAsString(ping));
		assertThat(pong.json().path("result").path("ping").asString()).isEqualTo("pong");
		JsonNode getMessages = example(documents.get("getresponse"), "/", "post", "get_messages");
		assertThat(http().postJson("/", JSON.writeValueAsString(getMessages)).json().path("result").isObject())
			.isTrue();

		// Rocket.Chat: header and query parameters from their examples.
		JsonNode sent = documents.get("rocketchat")
			.path("paths")
			.path("/api/v1/engagement-dashboard/messages/messages-sent")
			.path("get");
		Map<String, String> params = new HashMap<>();
		sent.path("parameters").forEach((p) -> params.put(p.path("name").asString(), p.path("example").asString()));
		Response rc = http().withHeader("X-User-Id", params.get("X-User-Id"))
			.withHeader("X-Auth-Token", params.get("X-Auth-Token"))
			.get("/api/v1/engagement-dashboard/messages/messages-sent?start=" + params.get("start") + "&end="
					+ params.get("end"));
		assertThat(rc.status()).as(rc.body()).isEqualTo(200);
		assertThat(rc.json().path("success").asBoolean()).isTrue();

		// Tellody: ping, login, ping, report, the browser's way (a cookie jar and the
		// header).
		JsonNode report = example(documents.get("tellody"), "/CampaignCloud/Report/UniqueCode", "post",
				"the last seven days");
		Http session = new Http("http://localhost:" + this.port);
		String xsrf = session.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
		assertThat(session.withHeader("X-XSRF-TOKEN", xsrf)
			.post("/CampaignCloud/login", "application/x-www-form-urlencoded", "username=demo&password=demo-pass")
			.status()).isEqualTo(200);
		xsrf = session.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
		Response codes = session.withHeader("X-XSRF-TOKEN", xsrf)
			.postJson("/CampaignCloud/Report/UniqueCode", JSON.writeValueAsString(report));
		assertThat(codes.status()).as(codes.body()).isEqualTo(200);
		assertThat(codes.json().path("EMAIL_SENT").asLong()).isPositive();
	}

	private static JsonNode example(JsonNode doc, String path, String method, String name) {
		JsonNode example = doc.path("paths")
			.path(path)
			.path(method)
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples")
			.path(name)
			.path("value");
		assertThat(example.isMissingNode()).as(path + " example " + name).isFalse();
		return example;
	}

	/**
	 * The demo workspace with the demo's credentials, which the documents' examples
	 * carry.
	 */
	static void putDemoWorkspace(Http admin) {
		Response demo = admin.putJson("/_emulator/v1/workspaces/demo",
				"""
						{"timezone": "Europe/Athens",
						 "tellody": {"users": [{"username": "demo", "password": "demo-pass"}]},
						 "getresponse": {"apiKeys": ["demo-getresponse-key"]},
						 "rocketchat": {"license": true, "users": [{"userId": "demo-user-id", "authToken": "demo-rocketchat-token",
						   "username": "demo", "password": "demo-pass", "permissions": ["view-engagement-dashboard"]}]},
						 "pushwoosh": {"tokens": [{"token": "demo-pushwoosh-token", "applications": ["1DC69-73EDB", "E2F1A-B0C4D"]}]}}
						""");
		assertThat(demo.status()).isIn(200, 201);
	}

}
