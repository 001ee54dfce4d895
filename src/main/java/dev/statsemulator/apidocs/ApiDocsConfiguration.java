package dev.statsemulator.apidocs;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * One OpenAPI 3.1 document per API, at {@code /v3/api-docs/{group}}, listed in Swagger UI
 * ({@code /swagger-ui.html}): control, tellody, getresponse, rocketchat, pushwoosh. The
 * operations come from the controllers; {@link VendorOperations} adds what the code does
 * not say (request bodies read by hand, error statuses and bodies, auth, examples from
 * the demo workspace).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static {
		// Answers built as JSON trees (a workspace is its id, status, zone and each
		// vendor's
		// section) are objects to a client; swagger-core would introspect the tree
		// classes.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new ObjectSchema())
			.replaceWithSchema(ObjectNode.class,
					new ObjectSchema().description("A JSON object; see the examples and docs/control-api.md"));
		// Arguments Spring resolves from the session, not from the request's parameters:
		// Tellody's ping takes the session's XSRF token, which no client sends.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
	}

	static final String ADMIN = "adminToken";

	static final String TELLODY_SESSION = "tellodySession";

	static final String TELLODY_XSRF = "tellodyXsrf";

	static final String ROCKETCHAT_USER = "rocketChatUserId";

	static final String ROCKETCHAT_TOKEN = "rocketChatAuthToken";

	static final String PUSHWOOSH = "pushwooshToken";

	@Bean
	OpenAPI emulatorOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Stats Emulator")
				.version("v1")
				.description("Emulated statistics APIs of Tellody, GetResponse, Rocket.Chat and Pushwoosh, and the "
						+ "emulator's own control API. Pick an API at the top right. The demo workspace's credentials "
						+ "are filled in as examples, so Try it out answers with the demo's numbers."))
			.components(new Components()
				.addSecuritySchemes(ADMIN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("The admin token: EMULATOR_ADMIN_TOKEN, or the one kept in <data-dir>/admin-token"))
				.addSecuritySchemes(TELLODY_SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("JSESSIONID")
					.description(
							"The session cookie set by ping. The browser keeps it by itself: run ping, then login, "
									+ "then ping again, in this page"))
				.addSecuritySchemes(TELLODY_XSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("X-XSRF-TOKEN")
					.description("The XSRF token that ping answers in its X-XSRF-TOKEN response header (Swagger UI "
							+ "shows it under Response headers): copy it here. It changes at login: ping again after"))
				.addSecuritySchemes(ROCKETCHAT_USER,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-User-Id")
							.description("Demo: demo-user-id"))
				.addSecuritySchemes(ROCKETCHAT_TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-Auth-Token")
							.description("Demo: demo-rocketchat-token, or the authToken of a login"))
				.addSecuritySchemes(PUSHWOOSH,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("Authorization")
							.description("'Api <token>' (demo: Api demo-pushwoosh-token). The examples also carry the "
									+ "token in the body's auth member, which the API takes as well")));
	}

	@Bean
	JacksonThreeNamingConverter jacksonThreeNamingConverter() {
		return new JacksonThreeNamingConverter();
	}

	@Bean
	GroupedOpenApi controlApiDocs() {
		return group("control", "Control API (/_emulator/v1)", "control", "dashboard");
	}

	@Bean
	GroupedOpenApi tellodyApiDocs() {
		return group("tellody", "Tellody Campaign Cloud", "tellody");
	}

	@Bean
	GroupedOpenApi getResponseApiDocs() {
		return group("getresponse", "GetResponse API 1.5 (JSON-RPC)", "getresponse");
	}

	@Bean
	GroupedOpenApi rocketChatApiDocs() {
		return group("rocketchat", "Rocket.Chat engagement dashboard", "rocketchat");
	}

	@Bean
	GroupedOpenApi pushwooshApiDocs() {
		return group("pushwoosh", "Pushwoosh Statistics API v2", "pushwoosh");
	}

	private static GroupedOpenApi group(String name, String displayName, String... packages) {
		Predicate<Method> inPackages = (method) -> Arrays.stream(packages)
			.anyMatch((pkg) -> method.getDeclaringClass().getPackageName().equals("dev.statsemulator." + pkg));
		return GroupedOpenApi.builder()
			.group(name)
			.displayName(displayName)
			.addOpenApiMethodFilter((method) -> inPackages.test(method) && !isCatchAll(method))
			.addOpenApiCustomizer(VendorOperations.forGroup(name))
			.build();
	}

	/**
	 * The vendors' catch-all handlers ({@code /api/v2/**} ...) only answer unknown paths
	 * in the vendor's error shape: no operation of their own.
	 */
	static boolean isCatchAll(Method method) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.path()).anyMatch((path) -> path.endsWith("/**"));
	}

	static Map<String, String> groups() {
		return Map.of("control", "/_emulator/", "tellody", "/CampaignCloud/", "getresponse", "/", "rocketchat",
				"/api/v1/", "pushwoosh", "/api/v2/");
	}

}
