package dev.statsemulator.getresponse;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.stereotype.Component;

/**
 * The emulated methods of GetResponse API 1.5. Every call's params are {@code ["API_KEY",
 * {conditions}]}: the key travels inside each call (a batch may mix keys), so it is
 * checked here, per call, and resolves to exactly one workspace.
 */
@Component
class GetResponseMethods {

	static final List<String> METHODS = List.of("ping", "get_messages", "get_message", "get_message_stats");

	private static final String PARAMS_SHAPE = "[\"API_KEY\", {conditions}]";

	private final WorkspaceService workspaces;

	private final GetResponseCredentials credentials;

	private final MessageStatisticsService statistics;

	private final MessageListingService listing;

	GetResponseMethods(WorkspaceService workspaces, GetResponseCredentials credentials,
			MessageStatisticsService statistics, MessageListingService listing) {
		this.workspaces = workspaces;
		this.credentials = credentials;
		this.statistics = statistics;
		this.listing = listing;
	}

	/**
	 * The method's result.
	 * @throws JsonRpcException for an unknown method, malformed params, a key that fits
	 * no workspace, or the method's own errors
	 */
	Object call(String method, JsonNode params) {
		List<String> known = switch (method) {
			case "ping" -> List.of();
			case "get_messages" -> MessageListingService.LIST_CONDITIONS;
			case "get_message" -> MessageListingService.ONE_CONDITIONS;
			case "get_message_stats" -> MessageStatisticsService.CONDITIONS;
			default -> throw new JsonRpcException(JsonRpcError.methodNotFound(
					"The emulator does not know '" + method + "'; it emulates " + String.join(", ", METHODS)));
		};
		if (params == null || !params.isArray() || params.isEmpty()) {
			throw JsonRpcException.invalidParams("params must be an array: " + PARAMS_SHAPE);
		}
		if (params.size() > 2) {
			throw JsonRpcException
				.invalidParams("params must be [\"API_KEY\"] or " + PARAMS_SHAPE + ", got " + params.size() + " items");
		}
		Workspace workspace = authenticate(params.get(0));
		Conditions conditions = Conditions.of(params.get(1), method, known);
		return switch (method) {
			case "ping" -> Map.of("ping", "pong");
			case "get_messages" -> this.listing.messages(workspace, conditions);
			case "get_message" -> this.listing.message(workspace, conditions);
			default -> this.statistics.stats(workspace, conditions);
		};
	}

	private Workspace authenticate(JsonNode apiKey) {
		return ((apiKey != null && apiKey.isString()) ? this.credentials.workspaceOf(apiKey.stringValue())
				: java.util.Optional.<String>empty())
			.flatMap(this.workspaces::find)
			.orElseThrow(() -> new JsonRpcException(JsonRpcError.API_KEY_VERIFICATION_FAILED));
	}

}
