package dev.statsemulator.apidocs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.ObjectMapper;

import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.TimeBucketer;

/**
 * What each API's document needs beyond what springdoc reads from the controllers: the
 * bodies the vendor controllers read by hand, every error status with the vendor's own
 * error body, the vendor's auth scheme, and examples that work against the demo
 * workspace.
 */
final class VendorOperations {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROBLEM = "application/problem+json";

	private static final String APPLICATION_JSON = "application/json";

	private VendorOperations() {
	}

	static OpenApiCustomizer forGroup(String group) {
		return switch (group) {
			case "control" -> VendorOperations::control;
			case "tellody" -> VendorOperations::tellody;
			case "getresponse" -> VendorOperations::getResponse;
			case "rocketchat" -> VendorOperations::rocketChat;
			case "pushwoosh" -> VendorOperations::pushwoosh;
			default -> throw new IllegalArgumentException(group);
		};
	}

	// ---- control
	// ------------------------------------------------------------------------

	private static void control(OpenAPI api) {
		Schema<?> problem = named(api, "Problem",
				new ObjectSchema().addProperty("type", new StringSchema())
					.addProperty("title", new StringSchema())
					.addProperty("status", new IntegerSchema())
					.addProperty("detail", new StringSchema())
					.addProperty("instance", new StringSchema())
					.addProperty("errors",
							new ArraySchema().description("what to fix, when there is more than one thing"))
					.description("RFC 9457 problem details"));
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (!path.startsWith("/_emulator/")) {
				operation.setSecurity(List.of());
				return;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConfiguration.ADMIN)));
			// Try it out fills parameters in from their examples: the demo workspace.
			if (operation.getParameters() != null) {
				operation.getParameters().forEach((parameter) -> {
					if ("path".equals(parameter.getIn()) && "id".equals(parameter.getName())) {
						parameter.setExample("demo");
					}
					if (path.endsWith("/stats") && "type".equals(parameter.getName())) {
						parameter.setExample("sent");
					}
				});
			}
			error(operation, "401", "No or a wrong admin token", PROBLEM, problem, "{\"type\":\"about:blank\","
					+ "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Send the admin token as 'Authorization: "
					+ "Bearer <token>' (emulator.admin-token / EMULATOR_ADMIN_TOKEN, or the one printed at startup)\","
					+ "\"instance\":\"" + path + "\"}");
			if (path.contains("{id}") && method != PathItem.HttpMethod.PUT) {
				error(operation, "404", "No such workspace", PROBLEM, problem,
						"{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
								+ "\"detail\":\"No workspace 'shop'\",\"instance\":\"" + path + "\"}");
			}
			if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || path.endsWith("/stats")) {
				error(operation, "400", "A request to fix: the detail (and errors) say what", PROBLEM, problem,
						"{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
								+ "\"detail\":\"Malformed JSON: Unexpected end-of-input (line 1, column 2)\",\"instance\":\""
								+ path + "\"}");
			}
		}));
		Operation importSnapshot = operation(api, "/_emulator/v1/workspaces/{id}/snapshot", PathItem.HttpMethod.POST);
		if (importSnapshot != null) {
			// The import streams its body itself (NDJSON, one line at a time): describe
			// it.
			importSnapshot.requestBody(new RequestBody().required(true)
				.description("A snapshot as GET .../snapshot exports it: NDJSON, its first line the workspace, "
						+ "then messages and events (docs/testing.md)")
				.content(new Content().addMediaType("application/x-ndjson",
						new MediaType().schema(new StringSchema().format("binary")))));
		}
		Operation put = operation(api, "/_emulator/v1/workspaces/{id}", PathItem.HttpMethod.PUT);
		if (put != null) {
			body(put, APPLICATION_JSON, workspaceSettings(api), Map.of("shop", "{\"timezone\": \"Europe/Athens\","
					+ " \"tellody\": {\"users\": [{\"username\": \"shop\", \"password\": \"shop-pass\"}]},"
					+ " \"getresponse\": {\"apiKeys\": [\"shop-key\"]},"
					+ " \"rocketchat\": {\"license\": true, \"users\": [{\"userId\": \"u1\", \"authToken\": \"t1\","
					+ " \"username\": \"admin\", \"password\": \"pw\", \"permissions\": [\"view-engagement-dashboard\"]}]},"
					+ " \"pushwoosh\": {\"tokens\": [{\"token\": \"shop-token\", \"applications\": [\"1DC69-73EDB\"]}]}}"));
			error(put, "409", "A credential is held by another workspace", PROBLEM, named(api, "Problem", null),
					"{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
							+ "\"detail\":\"pushwoosh token is already used by workspace 'demo'\"}");
		}
		Operation events = operation(api, "/_emulator/v1/workspaces/{id}/events", PathItem.HttpMethod.POST);
		if (events != null) {
			Schema<?> event = new ObjectSchema().addProperty("id", new StringSchema())
				.addProperty("type", new StringSchema())
				.addProperty("at", new Schema<>().description("ISO-8601 with offset, or epoch milliseconds"))
				.addProperty("message", new StringSchema())
				.addProperty("contact", new StringSchema())
				.addProperty("channel", new StringSchema())
				.addProperty("platform", new StringSchema())
				.description("One event; every field is listed in the README (docs) table of events");
			event.setRequired(List.of("type", "at"));
			String sample = "[{\"id\": \"e1\", \"type\": \"sent\", \"at\": \"2024-08-03T15:04:05Z\", \"message\": \"nl-1\","
					+ " \"contact\": \"a@example.com\"}, {\"id\": \"e2\", \"type\": \"opened\", \"at\": \"2024-08-03T18:30:00+03:00\","
					+ " \"message\": \"nl-1\", \"contact\": \"a@example.com\"}]";
			body(events, APPLICATION_JSON, new ArraySchema().items(event), Map.of("two events", sample));
			events.getRequestBody()
				.getContent()
				.addMediaType("application/x-ndjson",
						new MediaType().schema(new StringSchema().description("One event object per line"))
							.example("{\"id\": \"e1\", \"type\": \"sent\", \"at\": \"2024-08-03T15:04:05Z\"}\n"
									+ "{\"id\": \"e2\", \"type\": \"opened\", \"at\": 1722790800000}"));
			error(events, "409", "An id stored before with other content (nothing is stored)", PROBLEM,
					named(api, "Problem", null), "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
							+ "\"detail\":\"1 event id(s) were stored before with other content\"}");
		}
		Operation messages = operation(api, "/_emulator/v1/workspaces/{id}/messages", PathItem.HttpMethod.POST);
		if (messages != null) {
			body(messages, APPLICATION_JSON, new ArraySchema().items(new ObjectSchema()), Map.of("a newsletter",
					"[{\"id\": \"nl-1\", \"subject\": \"August news\", \"type\": \"newsletter\", \"createdAt\": \"2024-08-01T09:00:00Z\"}]"));
		}
		Operation generate = operation(api, "/_emulator/v1/workspaces/{id}/generate", PathItem.HttpMethod.POST);
		if (generate != null) {
			body(generate, APPLICATION_JSON, classSchema(api, "control.GeneratorController$GenerateBody"),
					Map.of("a week", "{\"seed\": 7, \"days\": 7, \"eventsPerDay\": 2000}"));
			generate.getRequestBody().setRequired(false);
			// Read from the query string by hand, so described here.
			generate.addParametersItem(new QueryParameter().name("async")
				.description("true: answer 202 at once with the job's URL in Location; else block until done")
				.schema(new BooleanSchema()));
			ApiResponse accepted = new ApiResponse()
				.description("With async=true: the job, whose URL is in Location; poll it for progress")
				.addHeaderObject("Location",
						new Header().schema(new StringSchema())
							.example("/_emulator/v1/generation-jobs/3f0c7d0e-5b7e-4d3b-9a57-5a4f3c2b1a00"))
				.content(new Content().addMediaType(APPLICATION_JSON,
						new MediaType().schema(classSchema(api, "generator.GenerationJob"))));
			generate.getResponses().addApiResponse("202", accepted);
			generate.getResponses().get("200").setDescription("Without async: what was generated, once done");
		}
		Operation clock = operation(api, "/_emulator/v1/clock", PathItem.HttpMethod.PUT);
		if (clock != null) {
			body(clock, APPLICATION_JSON, new ObjectSchema().addProperty("now", new StringSchema()),
					Map.of("freeze", "{\"now\": \"2024-08-10T12:00:00Z\"}"));
		}
		Operation page = operation(api, "/", PathItem.HttpMethod.GET);
		if (page != null) {
			page.summary("The dashboard (HTML, for a browser)");
			page.setTags(List.of("dashboard"));
		}
	}

	// ---- Tellody
	// ---------------------------------------------------------------------------

	private static void tellody(OpenAPI api) {
		api.addTagsItem(new Tag().name("tellody").description("""
				The session flow, as a browser (and this page) runs it: 1. GET ping: the session cookie is set, and \
				the XSRF token comes in the X-XSRF-TOKEN response header. 2. Authorize: paste that token as \
				tellodyXsrf (Swagger UI cannot read a response header for you). 3. POST login (demo / demo-pass). \
				4. GET ping again: the token changes at login; paste the new one. 5. The reports and UserInfo now \
				answer; the browser sends the session cookie by itself."""));
		Schema<?> error = named(api, "TellodyError", null);
		Schema<?> denied = named(api, "TellodyAccessDenied",
				new ObjectSchema().addProperty("access-denied", new BooleanSchema())
					.addProperty("cause",
							new StringSchema()._enum(
									List.of("notLoggedIn", "missingXsrfToken", "invalidXsrfToken", "badCredentials")))
					.addProperty("message", new StringSchema()));
		Schema<?> report = named(api, "TellodyReportRequest",
				new ObjectSchema()
					.addProperty("from", new IntegerSchema().format("int64").description("epoch milliseconds"))
					.addProperty("to", new IntegerSchema().format("int64").description("epoch milliseconds, inclusive"))
					.addProperty("unit", new StringSchema()._enum(List.of("hour", "day", "week", "month", "year")))
					.addProperty("window",
							new StringSchema()._enum(List.of("day", "week", "month", "year"))
								.description("a calendar window: from and to must be its first and last millisecond"))
					.addProperty("dow", new IntegerSchema().description("first day of the week, 0 = Sunday")));
		long now = Instant.now().toEpochMilli();
		String week = "{\"from\": " + (now - 7 * 86_400_000L) + ", \"to\": " + now + ", \"unit\": \"day\", \"dow\": 0}";
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			operation.setTags(List.of("tellody"));
			if (path.endsWith("/ping")) {
				operation.setSecurity(List.of());
				operation.getResponses()
					.get("200")
					.addHeaderObject("X-XSRF-TOKEN",
							new Header().description("The session's XSRF token").schema(new StringSchema()));
				return;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConfiguration.TELLODY_SESSION)
				.addList(ApiDocsConfiguration.TELLODY_XSRF)));
			error(operation, "401", "Not logged in", APPLICATION_JSON, denied, "{\"access-denied\":true,"
					+ "\"cause\":\"notLoggedIn\",\"message\":\"Not logged in: GET /CampaignCloud/RememberMeController/ping, "
					+ "then POST /CampaignCloud/login\"}");
			if (method == PathItem.HttpMethod.POST) {
				error(operation, "403", "No or a wrong X-XSRF-TOKEN header", APPLICATION_JSON, denied,
						"{\"access-denied\":true,\"cause\":\"missingXsrfToken\",\"message\":\"Missing XSRF token\"}");
				error(operation, "400", "Bad parameters", APPLICATION_JSON, error,
						"{\"message\":\"window: with a window, from must be the first millisecond of a day\",\"status\":\"error\"}");
				error(operation, "413", "A body over 1 MiB", APPLICATION_JSON, error,
						"{\"message\":\"request body too large\",\"status\":\"error\"}");
				error(operation, "415", "A body that is not application/json", APPLICATION_JSON, error,
						"{\"message\":\"Content-Type must be application/json\",\"status\":\"error\"}");
				body(operation, APPLICATION_JSON, report, Map.of("the last seven days", week));
			}
		}));
		// The login is Spring Security's form login filter: no controller to read it
		// from.
		Operation login = new Operation().operationId("login")
			.summary("Form login")
			.tags(List.of("tellody"))
			.addSecurityItem(new SecurityRequirement().addList(ApiDocsConfiguration.TELLODY_XSRF))
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/x-www-form-urlencoded",
						new MediaType()
							.schema(new ObjectSchema().addProperty("username", new StringSchema()._default("demo"))
								.addProperty("password", new StringSchema()._default("demo-pass"))
								.addProperty("remember-me", new BooleanSchema()._default(false))))));
		login.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
		login.getResponses()
			.addApiResponse("200", response("Logged in (ping again for the new XSRF token)", APPLICATION_JSON,
					new ObjectSchema(), "{\"message\":\"You have logged in with success.\",\"status\":\"success\"}"));
		error(login, "401", "Wrong username or password", APPLICATION_JSON, denied,
				"{\"access-denied\":true,\"cause\":\"badCredentials\",\"message\":\"Bad credentials\"}");
		error(login, "403", "No or a wrong X-XSRF-TOKEN header", APPLICATION_JSON, denied,
				"{\"access-denied\":true,\"cause\":\"missingXsrfToken\",\"message\":\"Missing XSRF token\"}");
		error(login, "400", "No username or password field", APPLICATION_JSON, error,
				"{\"message\":\"username and password form fields are required\",\"status\":\"error\"}");
		api.getPaths().addPathItem("/CampaignCloud/login", new PathItem().post(login));
	}

	// ---- GetResponse
	// -----------------------------------------------------------------------

	private static void getResponse(OpenAPI api) {
		Operation rpc = operation(api, "/", PathItem.HttpMethod.POST);
		if (rpc == null) {
			return;
		}
		rpc.summary("JSON-RPC 1.0 or 2.0 call (or a 2.0 batch): the method is the discriminator");
		rpc.description("""
				Every call's params are ["API_KEY", {conditions}]: the API key travels inside the JSON body, \
				so there is nothing to authorize; the examples carry the demo's key (demo-getresponse-key). \
				Errors come with HTTP 200, in the envelope of the request's protocol. A call without an id \
				member is a notification: 204, no body.""");
		Map<String, Schema<?>> calls = new LinkedHashMap<>();
		calls.put("ping", call(api, "ping", "Connection test", new ObjectSchema()));
		calls.put("get_messages", call(api, "get_messages", "Messages, keyed by MESSAGE_ID", new ObjectSchema()
			.addProperty("campaigns", new ArraySchema().items(new StringSchema()))
			.addProperty("type", new StringSchema()._enum(List.of("newsletter", "autoresponder", "ab_test", "draft")))
			.addProperty("subject",
					new ObjectSchema().description("text operators: EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS"))
			.addProperty("name", new ObjectSchema())
			.addProperty("created_on",
					new ObjectSchema().description("time operators: FROM, TO, AT, EQUALS, LESS, ..."))
			.addProperty("send_on", new ObjectSchema())));
		calls.put("get_message",
				call(api, "get_message", "One message", new ObjectSchema().addProperty("message", new StringSchema())));
		calls.put("get_message_stats", call(api, "get_message_stats", "A message's counters per period",
				new ObjectSchema().addProperty("message", new StringSchema())
					.addProperty("grouping", new StringSchema()._enum(List.of("hourly", "daily", "monthly", "yearly")))
					.addProperty("created_on", new ObjectSchema())));
		Schema<Object> oneOf = new Schema<>();
		calls.values().forEach((schema) -> oneOf.addOneOfItem(schema));
		Discriminator discriminator = new Discriminator().propertyName("method");
		calls.keySet().forEach((method) -> discriminator.mapping(method, "#/components/schemas/" + callName(method)));
		oneOf.setDiscriminator(discriminator);
		String today = utcDayStart(0).toString().substring(0, 10);
		String monthAgo = TimeBucketer.plusLocalDays(Instant.now(), -30, ZoneOffset.UTC).toString().substring(0, 10);
		Map<String, String> examples = new LinkedHashMap<>();
		examples.put("ping (JSON-RPC 1.0)",
				"{\"method\": \"ping\", \"params\": [\"demo-getresponse-key\"], \"id\": 1}");
		examples.put("get_messages",
				"{\"jsonrpc\": \"2.0\", \"method\": \"get_messages\", \"id\": 2, \"params\": "
						+ "[\"demo-getresponse-key\", {\"type\": \"newsletter\", \"created_on\": {\"FROM\": \""
						+ monthAgo + "\", \"TO\": \"" + today + "\"}}]}");
		examples.put("get_message", "{\"jsonrpc\": \"2.0\", \"method\": \"get_message\", \"id\": 3, \"params\": "
				+ "[\"demo-getresponse-key\", {\"message\": \"a MESSAGE_ID from get_messages\"}]}");
		examples.put("get_message_stats",
				"{\"jsonrpc\": \"2.0\", \"method\": \"get_message_stats\", \"id\": 4, "
						+ "\"params\": [\"demo-getresponse-key\", {\"message\": \"a MESSAGE_ID from get_messages\", "
						+ "\"grouping\": \"daily\"}]}");
		examples.put("a batch (JSON-RPC 2.0)",
				"[{\"jsonrpc\": \"2.0\", \"method\": \"ping\", \"params\": [\"demo-getresponse-key\"], \"id\": 1},"
						+ " {\"jsonrpc\": \"2.0\", \"method\": \"get_messages\", \"params\": [\"demo-getresponse-key\", "
						+ "{\"type\": \"newsletter\"}], \"id\": 2}]");
		body(rpc, APPLICATION_JSON, oneOf, examples);
		Schema<?> envelope = named(api, "JsonRpcAnswer",
				new ObjectSchema().addProperty("jsonrpc", new StringSchema())
					.addProperty("result", new Schema<>().description("the method's answer"))
					.addProperty("error",
							new ObjectSchema().addProperty("code", new IntegerSchema())
								.addProperty("message", new StringSchema())
								.addProperty("data", new Schema<>()))
					.addProperty("id", new Schema<>()));
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("ping (1.0)", "{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":1}");
		answers.put("get_message_stats", "{\"jsonrpc\":\"2.0\",\"result\":{\"2024-03-01\":{\"sent\":2,\"opened\":1,"
				+ "\"unique_opened\":1,\"clicked\":0,\"unique_clicked\":0,\"goals\":0,\"unique_goals\":0,\"forwarded\":0,"
				+ "\"unsubscribes\":0,\"bounces_user_unknown\":0,\"bounces_user_recycled\":0,\"bounces_mailbox_full\":1,"
				+ "\"bounces_block_content\":0,\"bounces_block_timeout\":0,\"bounces_block_other\":0,"
				+ "\"bounces_other_soft\":0,\"bounces_other_hard\":0,\"complaints_handled\":0,\"complaints_unhandled\":0}},\"id\":4}");
		answers.put("error -1: wrong key",
				"{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"API key verification failed\"},\"id\":1}");
		answers.put("error -1: missing message",
				"{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"Missing message\"},\"id\":4}");
		answers.put("error -32700: not JSON",
				"{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\","
						+ "\"data\":\"Unexpected end-of-input (line 1, column 47)\"},\"id\":null}");
		answers.put("error -32600",
				"{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\"},\"id\":null}");
		answers.put("error -32601", "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
				+ "\"data\":\"emulated methods: ping, get_messages, get_message, get_message_stats\"},\"id\":1}");
		answers.put("error -32602", "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params\","
				+ "\"data\":\"Attribute params must be reference to hash\"},\"id\":1}");
		MediaType answer = new MediaType().schema(envelope);
		answers.forEach((name, json) -> answer.addExamples(name, new Example().value(json(json))));
		rpc.getResponses()
			.addApiResponse("200", new ApiResponse()
				.description(
						"The answer, or a JSON-RPC error (errors come with HTTP 200 too), in the request's protocol")
				.content(new Content().addMediaType(APPLICATION_JSON, answer)));
		rpc.getResponses().addApiResponse("204", new ApiResponse().description("A notification (no id): no answer"));
	}

	private static Schema<?> call(OpenAPI api, String method, String description, Schema<?> conditions) {
		Schema<?> params = new ArraySchema().prefixItems(List.of(new StringSchema().description("API_KEY"), conditions))
			.description("[\"API_KEY\", {conditions}]");
		Schema<?> call = new ObjectSchema().addProperty("jsonrpc", new StringSchema()._enum(List.of("2.0")))
			.addProperty("method", new StringSchema()._enum(List.of(method)))
			.addProperty("params", params)
			.addProperty("id", new Schema<>().description("number, string or null; none for a notification"))
			.description(description);
		call.setRequired(List.of("method", "params"));
		return named(api, callName(method), call);
	}

	private static String callName(String method) {
		StringBuilder name = new StringBuilder();
		for (String part : method.split("_")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name + "Call";
	}

	// ---- Rocket.Chat
	// -----------------------------------------------------------------------

	private static void rocketChat(OpenAPI api) {
		Schema<?> failure = named(api, "RocketChatFailure",
				new ObjectSchema().addProperty("success", new BooleanSchema())
					.addProperty("error", new StringSchema()));
		String start = utcDayStart(7).toString().replace("Z", ".000Z");
		String end = Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().replace("Z", ".000Z");
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (path.endsWith("/login")) {
				operation.setSecurity(List.of());
				body(operation, APPLICATION_JSON,
						new ObjectSchema().addProperty("user", new StringSchema())
							.addProperty("password", new StringSchema()),
						Map.of("the demo user", "{\"user\": \"demo\", \"password\": \"demo-pass\"}"));
				error(operation, "401", "Wrong user or password", APPLICATION_JSON, new ObjectSchema(),
						"{\"status\":\"error\",\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}");
				error(operation, "400", "A body that is not JSON", APPLICATION_JSON, failure,
						"{\"success\":false,\"error\":\"The request body is not valid JSON\"}");
				error(operation, "429", "More than 10 logins a minute from one address", APPLICATION_JSON, failure,
						"{\"success\":false,\"error\":\"Error, too many requests. Please slow down. You must wait 42 "
								+ "seconds before trying this endpoint again. [error-too-many-requests]\"}");
				return;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConfiguration.ROCKETCHAT_USER)
				.addList(ApiDocsConfiguration.ROCKETCHAT_TOKEN)));
			// Header parameters with the demo's values, so Try it out works without
			// Authorize.
			operation.addParametersItem(new HeaderParameter().name("X-User-Id")
				.required(false)
				.example("demo-user-id")
				.schema(new StringSchema()));
			operation.addParametersItem(new HeaderParameter().name("X-Auth-Token")
				.required(false)
				.example("demo-rocketchat-token")
				.schema(new StringSchema()));
			operation.addParametersItem(new QueryParameter().name("start")
				.required(true)
				.description("ISO-8601 instant")
				.example(start)
				.schema(new StringSchema()));
			operation.addParametersItem(new QueryParameter().name("end")
				.required(true)
				.description("ISO-8601 instant")
				.example(end)
				.schema(new StringSchema()));
			error(operation, "401", "No or wrong X-User-Id / X-Auth-Token", APPLICATION_JSON, new ObjectSchema(),
					"{\"success\":false,\"error\":\"You must be logged in to do this.\",\"status\":\"error\","
							+ "\"message\":\"You must be logged in to do this.\"}");
			error(operation, "403", "No view-engagement-dashboard permission, or no enterprise license",
					APPLICATION_JSON, failure, "{\"success\":false,\"error\":\"User does not have the permissions "
							+ "required for this action [error-unauthorized]\"}");
			error(operation, "400", "A missing or malformed start or end", APPLICATION_JSON, failure,
					"{\"success\":false,\"error\":\"Match error: Missing key 'start'\"}");
		}));
	}

	// ---- Pushwoosh
	// -------------------------------------------------------------------------

	private static void pushwoosh(OpenAPI api) {
		Schema<?> gateway = named(api, "PushwooshGatewayError",
				new ObjectSchema()
					.addProperty("code",
							new IntegerSchema()
								.description("gRPC code: 3 invalid, 16 unauthenticated, 7 denied, 5 not found"))
					.addProperty("message", new StringSchema())
					.addProperty("details", new ArraySchema().items(new ObjectSchema())));
		Schema<?> plain = named(api, "PushwooshError", new ObjectSchema().addProperty("error", new StringSchema()));
		String yesterday = TimeBucketer.plusLocalDays(Instant.now(), -1, ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS)
			.toString()
			.replace("T", " ")
			.replace("Z", "");
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("T", " ").replace("Z", "");
		String weekAgo = utcDayStart(7).toString().replace("Z", ".000Z").replace(":00.000Z", ":00.000Z");
		Map<String, String[]> endpoints = new LinkedHashMap<>();
		endpoints.put("/api/v2/messages:list", new String[] { "pushwoosh.MessagesListRequest",
				"{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"params\": {\"with_details\": true, \"with_metrics\": true},"
						+ " \"per_page\": 5, \"page\": 0, \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.put("/api/v2/statistics/messages/totalsByIntervals", new String[] {
				"pushwoosh.TotalsByIntervalsRequest",
				"{\"message_code\": \"a code from messages:list\", \"platforms\": [1, 3], \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.put("/api/v2/statistics/getMessageLog",
				new String[] { "pushwoosh.MessageLogRequest",
						"{\"application_code\": \"1DC69-73EDB\", \"date_from\": \"" + yesterday + "\", \"date_to\": \""
								+ now + "\", \"limit\": 10, \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.put("/api/v2/statistics/emails/linksInteractions", new String[] { "pushwoosh.EmailLinksRequest",
				"{\"filters\": {\"application\": \"E2F1A-B0C4D\", \"link_template\": \"https://shop.example.com/*\"},"
						+ " \"params\": {\"with_full_links\": true}, \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.put("/api/v2/statistics/emails/linksInteractionsDevices", new String[] {
				"pushwoosh.EmailLinksRequest",
				"{\"filters\": {\"application\": \"E2F1A-B0C4D\", \"link_template\": \"https://blog.example.com/post/42\"},"
						+ " \"per_page\": 10, \"page\": 0, \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.put("/api/v2/statistics/emails/bouncedEmails",
				new String[] { "pushwoosh.BouncedEmailsRequest",
						"{\"application\": \"E2F1A-B0C4D\", \"date_from\": \"" + weekAgo + "\", \"date_to\": \""
								+ Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z")
								+ "\", \"per_page\": 5, \"page\": 0, \"auth\": \"demo-pushwoosh-token\"}" });
		endpoints.forEach((path, spec) -> {
			Operation operation = operation(api, path, PathItem.HttpMethod.POST);
			if (operation == null) {
				return;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConfiguration.PUSHWOOSH)));
			Schema<?> request = classSchema(api, spec[0]);
			body(operation, APPLICATION_JSON, request, Map.of("the demo", spec[1]));
			boolean grpc = path.endsWith("messages:list") || path.endsWith("totalsByIntervals");
			Schema<?> error = grpc ? gateway : plain;
			error(operation, "400", "Bad parameters", APPLICATION_JSON, error,
					grpc ? "{\"code\":3,\"message\":\"filters.application is required\",\"details\":[]}"
							: "{\"error\":\"limit must be between 1 and 100000\"}");
			error(operation, "401", "No or an unknown token", APPLICATION_JSON, error, grpc
					? "{\"code\":16,\"message\":\"invalid token\",\"details\":[]}" : "{\"error\":\"invalid token\"}");
			error(operation, "403", "An application the token may not read", APPLICATION_JSON, error, grpc
					? "{\"code\":7,\"message\":\"access denied: the API access token may not read application X\",\"details\":[]}"
					: "{\"error\":\"access denied: the API access token may not read application X\"}");
			error(operation, "413", "A body over 4 MiB", APPLICATION_JSON, error, grpc
					? "{\"code\":3,\"message\":\"request body too large: at most 4194304 bytes are accepted\",\"details\":[]}"
					: "{\"error\":\"request body too large: at most 4194304 bytes are accepted\"}");
			if (path.endsWith("totalsByIntervals")) {
				error(operation, "404", "No such message for this token", APPLICATION_JSON, error,
						"{\"code\":5,\"message\":\"message X not found\",\"details\":[]}");
			}
		});
		// Remote API 1.3 (docs/pushwoosh-remote-api-1.3.md): the same statistics, the
		// body
		// wrapped in "request", the answer in the 1.3 envelope.
		Schema<?> envelope = named(api, "PushwooshRemoteApi13Answer",
				new ObjectSchema().addProperty("status_code", new IntegerSchema())
					.addProperty("status_message", new StringSchema())
					.addProperty("response", new ObjectSchema()));
		for (String path : List.of("/json/1.3/{method}", "/api/1.3/{method}")) {
			Operation operation = operation(api, path, PathItem.HttpMethod.POST);
			if (operation == null) {
				continue;
			}
			body(operation, APPLICATION_JSON, new ObjectSchema().addProperty("request", new ObjectSchema()), Map.of(
					"getMessageLog",
					"{\"request\": {\"auth\": \"demo-pushwoosh-token\", \"message_code\": \"\"," + " \"limit\": 5}}"));
			error(operation, "400", "A body that is not {\"request\": {...}}", APPLICATION_JSON, envelope,
					"{\"status_code\":400,\"status_message\":\"Malformed request string: send a JSON object\"}");
			error(operation, "404", "An unknown method name", APPLICATION_JSON, envelope,
					"{\"status_code\":404,\"status_message\":\"Unknown method: x\"}");
			error(operation, "413", "A body over 4 MiB", APPLICATION_JSON, envelope,
					"{\"status_code\":413,\"status_message\":\"request body too large\"}");
		}
	}

	// ---- helpers
	// ---------------------------------------------------------------------------

	private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
		PathItem item = (api.getPaths() != null) ? api.getPaths().get(path) : null;
		return (item != null) ? item.readOperationsMap().get(method) : null;
	}

	private static Object json(String text) {
		return JSON.readValue(text, Object.class);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> named(OpenAPI api, String name, Schema<?> schema) {
		if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(name)) {
			if (schema == null) {
				schema = new ObjectSchema().addProperty("message", new StringSchema())
					.addProperty("status", new StringSchema());
			}
			api.getComponents().addSchemas(name, schema);
		}
		return new Schema().$ref("#/components/schemas/" + name);
	}

	/** A record's schema, read by swagger from the class (package-private ones too). */
	@SuppressWarnings({ "rawtypes" })
	/**
	 * A workspace's settings: its zone, and one section per vendor, each read by the
	 * vendor's own module (so described here, not read from a class).
	 */
	private static Schema<?> workspaceSettings(OpenAPI api) {
		Schema<?> section = new ObjectSchema()
			.description("The vendor's credentials: see the example and the " + "vendor's page in docs/");
		return named(api, "WorkspaceSettings",
				new ObjectSchema().addProperty("timezone", new StringSchema().example("Europe/Athens"))
					.addProperty("tellody", section)
					.addProperty("getresponse", section)
					.addProperty("rocketchat", section)
					.addProperty("pushwoosh", section));
	}

	private static Schema<?> classSchema(OpenAPI api, String name) {
		try {
			Class<?> type = Class.forName("dev.statsemulator." + name);
			ResolvedSchema resolved = ModelConverters.getInstance(true).readAllAsResolvedSchema(type);
			if (resolved.referencedSchemas != null) {
				resolved.referencedSchemas.forEach((key, schema) -> {
					if (api.getComponents().getSchemas() == null
							|| !api.getComponents().getSchemas().containsKey(key)) {
						api.getComponents().addSchemas(key, schema);
					}
				});
			}
			String simple = type.getSimpleName();
			if (api.getComponents().getSchemas() != null && api.getComponents().getSchemas().containsKey(simple)) {
				return new Schema().$ref("#/components/schemas/" + simple);
			}
			return resolved.schema;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The API documents name a class that is gone: " + name, ex);
		}
	}

	private static void body(Operation operation, String mediaType, Schema<?> schema, Map<String, String> examples) {
		MediaType media = new MediaType().schema(schema);
		examples.forEach((name, text) -> media.addExamples(name, new Example().value(json(text))));
		operation
			.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(mediaType, media)));
	}

	private static ApiResponse response(String description, String mediaType, Schema<?> schema, String example) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(mediaType, new MediaType().schema(schema).example(json(example))));
	}

	private static void error(Operation operation, String status, String description, String mediaType,
			Schema<?> schema, String example) {
		if (operation.getResponses() == null) {
			operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
		}
		operation.getResponses().addApiResponse(status, response(description, mediaType, schema, example));
	}

	/** The start of the UTC day {@code days} days before today, for examples. */
	private static Instant utcDayStart(long days) {
		return TimeBucketer.unitStart(TimeBucketer.plusLocalDays(Instant.now(), -days, ZoneOffset.UTC), BucketUnit.DAY,
				ZoneOffset.UTC, DayOfWeek.MONDAY);
	}

}
